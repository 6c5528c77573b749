// Hand-digitised, SCHEMATIC river centrelines for the basemap.
//
// No npm package ships rivers for this region, so each river is a list of waypoints taken from
// well-known coordinates of towns / dams / confluences that the river passes (the river runs
// through or next to each of them). Coordinates are [lon, lat], roughly to 0.01 degree. The
// generator smooths them with a centripetal Catmull-Rom spline that passes through every
// waypoint, so the line bends like a river at zoom 6-8. Do not use these for anything that needs
// survey accuracy: they are for orientation only and carry `schematic: true`.
//
// Order: upstream -> downstream.

/** @type {{ name_en: string, name_ar: string, waypoints: [number, number][] }[]} */
export const RIVERS = [
  {
    name_en: 'Euphrates',
    name_ar: 'الفرات',
    waypoints: [
      [38.32, 37.48], // Atatürk Dam (Turkey)
      [38.05, 37.36], // Atatürk reservoir, below Bozova inlet (approx.)
      [37.87, 37.25], // Halfeti
      [37.98, 37.03], // Birecik
      [38.01, 36.82], // Jarabulus / Karkamış (Syria-Turkey border)
      [38.07, 36.72], // Shuyukh Tahtani (approx.)
      [38.22, 36.62], // Qara Qawzak bridge
      [38.26, 36.55], // Qal'at Najm
      [38.18, 36.38], // Tishrin Dam
      [38.12, 36.22], // Khafsah / Lake Assad head (approx.)
      [38.1, 36.06], // Maskanah (west end of Lake Assad)
      [38.25, 35.97], // Lake Assad, Dibsi Faraj (approx.)
      [38.48, 35.9], // Qal'at Ja'bar (Lake Assad north shore)
      [38.56, 35.87], // Tabqa (Euphrates) Dam
      [38.75, 35.88], // Mansoura (approx.)
      [39.01, 35.93], // Raqqa
      [39.32, 35.84], // Karama (approx.)
      [39.66, 35.74], // Ma'dan
      [39.85, 35.56], // Tibni
      [40.14, 35.34], // Deir ez-Zor
      [40.3, 35.25], // Muhasan (approx.)
      [40.43, 35.16], // Busayrah (Khabur confluence)
      [40.45, 35.02], // Mayadin
      [40.57, 34.92], // al-Asharah
      [40.83, 34.69], // Hajin
      [40.92, 34.46], // Abu Kamal
      [40.98, 34.44], // Baghuz / Syria-Iraq border (approx.)
      [41.06, 34.39], // al-Qa'im / Husaybah (Iraq)
      [41.23, 34.38], // Ubaydi
      [41.55, 34.43], // Karabilah-Rawa reach (approx.)
      [41.91, 34.47], // Rawa
      [41.99, 34.37], // Anah
      [42.36, 34.21], // Haditha Dam
      [42.38, 34.14], // Haditha
      [42.55, 33.87], // al-Baghdadi
      [42.83, 33.64], // Hit
      [43.3, 33.42], // Ramadi
      [43.78, 33.35], // Fallujah
      [44.02, 33.05], // below Amiriyat al-Fallujah (approx.)
      [44.27, 32.73], // Hindiya Barrage / Musayyib
      [44.22, 32.54], // Hindiya
      [44.4, 32.03], // Kufa
      [44.65, 31.58], // Shinafiyah
      [45.28, 31.31], // Samawah
      [45.55, 31.2], // Khidr
      [46.26, 31.05], // Nasiriyah
      [46.47, 30.89], // Suq al-Shuyukh
      [47.02, 30.95], // Chibayish (marshes)
      [47.43, 31.01], // Qurna (confluence with the Tigris)
    ],
  },
  {
    name_en: 'Tigris',
    name_ar: 'دجلة',
    waypoints: [
      [40.24, 37.91], // Diyarbakır
      [40.66, 37.85], // Bismil
      [41.05, 37.82], // Batman river confluence (approx.)
      [41.41, 37.71], // Hasankeyf
      [41.85, 37.53], // Ilısu Dam
      [42.05, 37.4], // Şırnak gorge below Ilısu (approx.)
      [42.19, 37.33], // Cizre
      [42.225, 37.3], // Ain Diwar bridge; from here the river is the Syria-Turkey border
      [42.29, 37.28], // border reach (follows Natural Earth border vertices, approx.)
      [42.345, 37.235], // border reach, eastern bend (approx.)
      [42.345, 37.165], // border reach above the tripoint (approx.)
      [42.3572, 37.106], // Syria-Iraq-Turkey tripoint
      [42.3775, 37.0681], // Faysh Khabur
      [42.47, 36.98], // Mosul Dam lake, north arm (approx.)
      [42.62, 36.82], // Mosul Dam lake (approx.)
      [42.82, 36.63], // Mosul Dam
      [42.95, 36.5], // Eski Mosul reach (approx.)
      [43.13, 36.34], // Mosul
      [43.26, 36.16], // Hammam al-Alil
      [43.29, 35.8], // Qayyarah
      [43.23, 35.51], // Sharqat
      [43.4, 35.2], // Fatha gorge (approx.)
      [43.49, 34.93], // Baiji
      [43.68, 34.6], // Tikrit
      [43.87, 34.2], // Samarra
      [44.18, 34.0], // Balad
      [44.39, 33.67], // Tarmiyah
      [44.4, 33.34], // Baghdad
      [44.58, 33.1], // Salman Pak / al-Mada'in
      [44.78, 32.93], // Suwayrah
      [45.41, 32.56], // Nu'maniyah
      [45.83, 32.5], // Kut
      [46.69, 32.46], // Ali al-Gharbi
      [47.15, 31.84], // Amarah
      [47.27, 31.51], // Qal'at Salih
      [47.4, 31.33], // Uzair
      [47.43, 31.01], // Qurna (confluence with the Euphrates)
    ],
  },
  {
    name_en: 'Shatt al-Arab',
    name_ar: 'شط العرب',
    waypoints: [
      [47.43, 31.01], // Qurna
      [47.5, 30.9], // below Qurna (approx.)
      [47.58, 30.75], // ad-Dayr
      [47.7, 30.62], // Garmat Ali / Hartha (approx.)
      [47.84, 30.51], // Basra
      [48.0, 30.45], // Abu al-Khasib
      [48.18, 30.42], // Khorramshahr (Karun confluence)
      [48.3, 30.33], // Abadan
      [48.4, 30.15], // Siba (approx.)
      [48.47, 29.98], // Fao
      [48.55, 29.92], // Shatt al-Arab mouth (approx.)
    ],
  },
  {
    name_en: 'Khabur',
    name_ar: 'الخابور',
    waypoints: [
      [40.07, 36.85], // Ras al-Ayn (springs)
      [40.13, 36.8], // below Ras al-Ayn (approx.)
      [40.22, 36.73], // Tell Halaf-Tell Tamr reach (approx.)
      [40.3, 36.69], // Um Keif (approx.)
      [40.3714, 36.6606], // Tell Tamr
      [40.46, 36.63], // Tell Nasri (approx.)
      [40.56, 36.6], // Tell Baz (approx.)
      [40.66, 36.55], // Tell Hormizd (approx.)
      [40.771, 36.497], // Hasakah (Jaghjagh confluence)
      [40.77, 36.4], // south of Hasakah (approx.)
      [40.76, 36.25], // Tell Ajaja (approx.)
      [40.73, 36.05], // Shaddadi
      [40.71, 35.9], // below Shaddadi (approx.)
      [40.7, 35.73], // Markadah
      [40.63, 35.52], // al-Suwar
      [40.53, 35.35], // lower Khabur (approx.)
      [40.43, 35.16], // Busayrah (Euphrates confluence)
    ],
  },
];
