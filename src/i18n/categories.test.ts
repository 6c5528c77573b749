import { describe, expect, it } from 'vitest';
import { CAMEO_ROOTS } from '../data/io/formats/gdelt';
import { VIOLENCE_TYPES } from '../data/io/formats/ucdp';
import { categoryName, messagesFor } from '.';

const ACLED_EVENT_TYPES = [
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Protests',
  'Riots',
  'Strategic developments',
];

describe('category names', () => {
  const en = messagesFor('en');
  const ar = messagesFor('ar');

  it("the story's own are in the reader's language", () => {
    expect(categoryName(en, 'base-handover')).toBe('Base handover');
    expect(categoryName(ar, 'base-handover')).toBe('تسليم قاعدة');
  });

  it("every category a known format's reader gives has an Arabic name; English keeps the data's", () => {
    for (const c of [...ACLED_EVENT_TYPES, ...Object.values(VIOLENCE_TYPES), ...Object.values(CAMEO_ROOTS)]) {
      expect(categoryName(en, c)).toBe(c);
      expect(categoryName(ar, c), c).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it("any other dataset's category is shown as the data writes it, prototype names included", () => {
    for (const c of ['Shelling', 'قصف', 'constructor', '__proto__', 'toString']) {
      expect(categoryName(ar, c)).toBe(c);
    }
  });
});
