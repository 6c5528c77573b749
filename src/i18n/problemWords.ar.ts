/** The words for data problems in Arabic (loaded with the parts that report them, not the first view). */
import type { OptionValue, RowNoun, Within } from '../data/problems';
import { ar } from './ar';
import { formatDate } from './index';
import { ltr } from './bidi';
import { arNum, arPlural } from './plural';
import type { ProblemWords } from './problemWords.en';
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
const events = { one: 'حدث واحد', two: 'حدثان', few: '# أحداث', many: '# حدثاً', other: '# حدث' };
const cells = { one: 'خلية واحدة', two: 'خليتان', few: '# خلايا', many: '# خليةً', other: '# خلية' };
const columns = { one: 'عمود واحد', two: 'عمودان', few: '# أعمدة', many: '# عموداً', other: '# عمود' };
/** How many cells a row should have: the header's, or a header-less file's format's. */
const widthOf = (p: { columns: number; format?: string }) =>
  p.format
    ? `في صف ${ltr(p.format)} ${arPlural(p.columns, columns)}`
    : `في صف العناوين ${arPlural(p.columns, columns)}`;
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
export const arProblems: ProblemWords = {
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
  // خلايا ملفات المحللين
  'unreadable-date': (p) => `تعذّرت قراءة «${p.text}» تاريخاً`,
  'ambiguous-date': (p) =>
    `«${p.text}» قد يُقرأ يوماً/شهراً أو شهراً/يوماً، والعمود لا يحسم أيّهما: اختر ترتيب التاريخ`,
  'bad-coordinate': (p) => `«${p.text}» ليس إحداثية (درجات عشرية، مثل ${ltr('36.7062')})`,
  'coordinate-out-of-range': (p) =>
    p.axis === 'lat'
      ? `«${p.text}» ليس خط عرض: يجب أن يقع بين ${ltr('-90')} و${ltr('90')}`
      : `«${p.text}» ليس خط طول: يجب أن يقع بين ${ltr('-180')} و${ltr('180')}`,
  'zero-coordinates': () =>
    `خط العرض وخط الطول كلاهما ${ltr('0')}، وكثيراً ما تعني الملفات بذلك «لا موقع»: أُبقي الصف في القائمة ولم يوضع على الخريطة`,
  'unknown-code': (p) => `«${p.text}» ليس من رموز هذا العمود (${ltr(p.known.join(', '))})`,
  'unknown-precision': (p) =>
    `«${p.text}» ليس من رموز الدقة في هذا العمود (${ltr(p.known.join(', '))})؛ قُرئ على أنه أقلّها دقة`,
  'url-not-http': (p) =>
    `لا تُحفظ إلا روابط ${ltr('http')} و${ltr('https')}: أُهمل الرابط من نوع «${ltr(`${p.scheme}:`)}»`,
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
    `ملف CSV غير سليم: في الصف ${arPlural(p.cells, cells)} و${widthOf(p)} (ضع الخلايا التي تحتوي على الفاصل بين علامتي اقتباس مزدوجتين)`,
  'csv-too-few-cells': (p) => `ملف CSV غير سليم: في الصف ${arPlural(p.cells, cells)} و${widthOf(p)}`,
  'csv-malformed': (p) => `ملف CSV غير سليم: ${ltr(p.detail)}`,
  // الملفات
  'not-json': (p) => `ليس JSON صالحاً (${ltr(p.detail)})`,
  'row-limit': (p) => {
    const forms = rowNouns[p.noun];
    return `فيه أكثر من ${arPlural(p.limit, forms)}، وهو الحد الأقصى للاستيراد: قُرئ أول ${arPlural(p.limit, forms)}، ولم يُقرأ شيء بدءاً من ${rowNoun[p.noun]} ${arNum(p.stoppedAt)} (قسّم الملف لتحميل الباقي)`;
  },
  'file-too-large': (p) =>
    `«${p.name}» أكبر من ${arNum(p.maxMb)} ميغابايت، وهو الحد الأقصى للاستيراد: قسّمه إلى ملفات أصغر، أو اطلب تحويله إلى حزمة بيانات على الموقع (${ltr('npm run pack')}؛ تُقرأ الحزم على أجزاء وحجمها أصغر)`,
  'empty-file': (p) => (p.name === null ? 'الملف فارغ' : `«${p.name}» فارغ`),
  'unsupported-file': (p) =>
    `«${p.name}» ليس ملفاً مدعوماً: اختر ملف CSV ‏(${ltr('.csv')}) أو ملف GeoJSON ‏(${ltr('.geojson, .json')})`,
  'missing-columns': (p) =>
    `يفتقر صف العناوين (الصف 1) إلى ${p.missing.length > 1 ? 'الأعمدة المطلوبة' : 'العمود المطلوب'} ${ltr(p.missing.join(', '))} (الموجود: ${p.found.length > 0 ? ltr(p.found.join(', ')) : 'لا شيء'})`,
  'not-events-geojson': (p) =>
    `المتوقع مجموعة عناصر GeoJSON ‏(FeatureCollection) أو ملف أحداث (${ltr('{ "version": 1, "events": [ … ] }')})${p.found ? `، والموجود GeoJSON من نوع ${ltr(p.found)}` : ''}`,
  'unsupported-version': (p) => `إصدار ملف الأحداث ${ltr(p.version)} غير مدعوم (المتوقع 1)`,
  'http-error': ar.loadProblem,
  'no-answer': ar.loadProblem,
  'network-failed': ar.loadProblem,
  'read-failed': (p) => `تعذّرت القراءة: ${ltr(p.detail)}`,
  'worker-failed': (p) => `تعطّلت عملية الاستيراد${p.detail ? ` (${ltr(p.detail)})` : ''}`,
  'not-a-pack': (p) =>
    `ليست حزمة بيانات: ملف ${ltr('index.json')} فيها ${p.field === null ? `ليس ${ltr('JSON')} صالحاً` : `لا يحوي قيمة صالحة للحقل «${ltr(p.field)}»`}`,
  'pack-part': (p) =>
    `الجزء ${arNum(p.part)} من ${arNum(p.parts)} من الحزمة (${arPlural(p.events, events)}) ${
      p.reason === 'http'
        ? `تعذّر جلبه (${ltr(`HTTP ${p.status ?? '?'}`)})`
        : p.reason === 'network'
          ? 'تعذّر جلبه (تعطّلت الشبكة)'
          : p.reason === 'checksum'
            ? 'تالف (مجموعه الاختباري لا يطابق الفهرس)'
            : p.reason === 'short'
              ? 'ناقص'
              : 'ليس جزءاً من حزمة'
    }: لا تُعرض أحداثه، ويُعرض باقي الحزمة`,
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
  'no-range-support': (p) =>
    `لا يجيب خادم الحزمة عن طلبات النطاق (${ltr('HTTP Range')})، فنُزّلت الحزمة كلها (${arNum(p.mb)} ميغابايت) بدل الأجزاء اللازمة. انشر الحزم على خادم يدعم طلبات النطاق (انظر «Packs» في README).`,
  'pack-window': (p) =>
    `في الحزمة ${arPlural(p.events, { one: 'حدث واحد', two: 'حدثان', few: '# أحداث', many: '# حدثاً', other: '# حدث' })}، من ${formatDate(p.first, 'ar')} إلى ${formatDate(p.last, 'ar')}. ` +
    `لم يُحمّل منها إلا ما يحتاجه النطاق الزمني: ${p.lo === p.hi ? `الجزء ${arNum(p.lo)}` : `الأجزاء ${arNum(p.lo)}–${arNum(p.hi)}`} من ${arNum(p.parts)}، أي ${arPlural(p.loaded, { one: 'حدث واحد', two: 'حدثان', few: '# أحداث', many: '# حدثاً', other: '# حدث' })}. توسيع النطاق يحمّل المزيد.`,
};

export const arWithin = (w: Within) =>
  `${w.noun === 'place' ? 'المكان' : 'العنصر'} ${arNum(w.n)}${w.path ? `، ${ltr(w.path)}` : ''}`;
