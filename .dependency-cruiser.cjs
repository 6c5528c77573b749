/**
 * The layering, checked by `npm run lint` (dependency-cruiser). Each folder of src/ may import
 * only from folders in lower layers (and from itself); folders in the same layer are
 * independent of each other. CONTRIBUTING.md draws the same picture.
 */
const LAYERS = [
  ['data'], // schema, validation, loading, readers/writers, calendar days, event order
  ['i18n'], // messages in English and Arabic, formatting
  ['state'], // the view as the URL states it; the messages in the view's language
  ['derive'], // pure derivations from data and view state
  ['model'], // the derivations composed for the current view, and the story's context
  ['theme'], // colours and shapes shared by the map, panels and legend
  ['ui'], // shared UI building blocks (date fields, error boundary, media queries, downloads)
  ['map', 'panels', 'timeline', 'analysis', 'share', 'present', 'embed'], // the parts of the page
  ['story'], // composes the parts around the one map
];

const below = (i) => LAYERS.slice(0, i).flat();
const rules = LAYERS.flatMap((layer, i) =>
  layer.map((folder) => ({
    name: `layer-${folder}`,
    comment: `src/${folder} may import only from ${below(i).join(', ') || 'nothing else in src'} (and itself)`,
    severity: 'error',
    from: { path: `^src/${folder}/`, pathNot: '\\.test\\.tsx?$' },
    to: {
      path: '^src/',
      pathNot: [`^src/${folder}/`, ...below(i).map((f) => `^src/${f}/`)],
    },
  })),
);

module.exports = {
  forbidden: [
    ...rules,
    {
      name: 'test-support-only-in-tests',
      comment: 'src/test/ is shared test support: only tests import it',
      severity: 'error',
      from: { path: '^src/', pathNot: ['\\.test\\.tsx?$', '^src/test/'] },
      to: { path: '^src/test/' },
    },
    {
      name: 'tests-stay-beside-their-layer',
      comment: 'a unit test imports its own folder, lower layers and test support, never a higher layer',
      severity: 'error',
      from: { path: '^src/(data|i18n|state|derive|model|theme|ui)/.*\\.test\\.tsx?$' },
      to: { path: '^src/(map|panels|timeline|analysis|share|present|embed|story)/' },
    },
    {
      name: 'no-circular',
      comment: 'modules that import each other, directly or through others',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.app.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
