/**
 * The roles a table's columns can play, and the header names (English and Arabic, with the
 * variants newsrooms, GIS tools and the analyst datasets use) that suggest each one.
 */

export const ROLES = [
  'lat',
  'lon',
  /** one column holding "lat, lon" */
  'latlon',
  'date',
  'endDate',
  'title',
  'summary',
  'category',
  'location',
  'source',
  'sourceUrl',
  'id',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * A header name as compared: camelCase split (`eventDate`), lower case, Arabic short vowels,
 * tatweel and alef forms folded, punctuation and underscores as spaces (`event_date` = `Event date`).
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFC')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[\u064b-\u0652\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/[_\-.:/\\()[\]{}#*?،,;|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface NameRule {
  /** Whole names that mean this role, separated by `|` (compared normalised). */
  exact: string;
  /** Words that, anywhere in a name, suggest it. */
  words?: string;
  /** Words that, anywhere in a name, rule a word match out (`date_end` is no start date). */
  not?: string;
}

// prettier-ignore
const NAME_RULES: Record<Role, NameRule> = {
  lat: {
    exact: 'lat|latitude|y|lat dd|latitude dd|decimal latitude|خط العرض|العرض|دائرة العرض',
    words: 'lat|latitude|العرض',
  },
  lon: {
    exact: 'lon|lng|long|longitude|x|lon dd|long dd|longitude dd|decimal longitude|خط الطول|الطول',
    words: 'lon|lng|longitude|الطول',
  },
  latlon: {
    exact: 'coordinates|coords|coordinate|lat lon|lat long|lat lng|latlon|latlong|latlng|gps|position|point|geo|wkt|geom wkt|الإحداثيات|إحداثيات',
    words: 'coordinates|coords|latlon|latlong|latlng|gps|wkt|الاحداثيات|احداثيات',
  },
  date: {
    exact: 'date|event date|day|date start|start date|start|from|date from|when|datetime|date time|sqldate|التاريخ|تاريخ|تاريخ الحدث|اليوم|تاريخ البدء',
    words: 'date|day|datetime|التاريخ|تاريخ',
    not: 'end|until|to|source|publish|published|added|updated|modified|created|النهاية|الانتهاء|النشر|المصدر',
  },
  endDate: {
    exact: 'end date|date end|end|end day|to|until|date to|date until|تاريخ الانتهاء|تاريخ النهاية|إلى|حتى',
    words: 'end|until|النهاية|الانتهاء',
    not: 'source|publish',
  },
  title: {
    exact: 'title|name|headline|heading|subject|event|event name|label|العنوان|عنوان|الاسم|اسم|الحدث',
    words: 'title|headline|العنوان|عنوان',
    not: 'source|place|location',
  },
  summary: {
    exact: 'summary|description|desc|notes|note|what happened|details|detail|text|comment|comments|body|content|narrative|story|الوصف|وصف|ملاحظات|التفاصيل|تفاصيل|ملخص|الملخص|ماذا حدث|النص',
    words: 'summary|description|notes|details|narrative|الوصف|ملاحظات|التفاصيل|الملخص',
  },
  category: {
    exact: 'category|type|event type|kind|class|classification|الفئة|فئة|النوع|نوع|التصنيف|تصنيف|نوع الحدث',
    words: 'category|type|kind|الفئة|التصنيف|النوع',
    not: 'sub|source|geo|geometry|precision|file|mime',
  },
  location: {
    exact: 'place|location|city|town|village|site|place name|location name|locality|where|where description|address|المكان|مكان|الموقع|موقع|المدينة|مدينة|البلدة|القرية|المنطقة',
    words: 'place|location|city|town|village|المكان|الموقع|المدينة',
    not: 'precision|coordinates|lat|lon|type|id',
  },
  source: {
    exact: 'source|sources|outlet|publisher|media|source name|reported by|المصدر|مصدر|المصادر|الوسيلة',
    words: 'source|sources|outlet|publisher|المصدر|المصادر',
    not: 'url|link|links|date|scale|id|الرابط|رابط|تاريخ',
  },
  sourceUrl: {
    exact: 'url|link|links|urls|source link|source url|sourceurl|href|web|website|الرابط|رابط|رابط المصدر|الروابط',
    words: 'url|link|links|urls|href|الرابط|رابط',
  },
  id: {
    exact: 'id|event id|eventid|event id cnty|globaleventid|uid|uuid|identifier|fid|objectid|ref|reference|المعرف|معرف|الرقم|رقم',
    words: 'id|المعرف',
    not: 'source|actor|conflict|dyad|side|country|iso|priogrid',
  },
};

const list = (s: string | undefined): string[] => (s ? s.split('|').map(normaliseName) : []);
const EXACT = new Map<string, Set<Role>>();
const WORDS = new Map<Role, { words: string[]; not: string[] }>();
for (const r of ROLES) {
  const rule = NAME_RULES[r];
  for (const n of list(rule.exact)) EXACT.set(n, (EXACT.get(n) ?? new Set()).add(r));
  WORDS.set(r, { words: list(rule.words), not: list(rule.not) });
}

/** How well a header name says a role: 3 the whole name, 2 a word of it, 0 not at all. */
export function nameScore(name: string, role: Role): number {
  const norm = normaliseName(name);
  if (EXACT.get(norm)?.has(role)) return 3;
  const rule = WORDS.get(role);
  if (!rule) return 0;
  const words = norm.split(' ');
  if (rule.not.some((w) => words.includes(w))) return 0;
  return rule.words.some((w) => words.includes(w)) ? 2 : 0;
}
