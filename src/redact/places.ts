/**
 * Names of countries and of world regions, which a cable writes after `for`, `of`, `in` or `on`
 * at the end of a person's description (`Rashid Al-Hajiri, MFA's desk officer for Iran
 * (protect)`, `Federico Ludovice, PM Socrates' Diplomatic Advisor on Latin America (protect)`):
 * read at the marker as a second reading beside the person, they were redacted throughout the
 * cable (audit M: `Iran` 12 times, its routing line too). Never one that is also a given name or
 * a surname (`Jordan`, `Chad`, `Georgia`, `Israel`, `India`, `Kenya`, `Togo`, `Holland`, `Asia`,
 * `France`, `China`, `Jamaica`, `Argentina`, `Malaysia`, `Cuba`, `Brazil`): those stay readings
 * of their own. Lower case, words joined by one space.
 */
const placeNames: ReadonlySet<string> = new Set([
  'afghanistan', 'albania', 'algeria', 'andorra', 'angola', 'armenia', 'australia', 'austria', 'azerbaijan',
  'bahamas', 'bahrain', 'bangladesh', 'barbados', 'belarus', 'belgium', 'belize', 'benin', 'bhutan', 'bolivia', 'bosnia',
  'botswana', 'brunei', 'bulgaria', 'burkina faso', 'burma', 'burundi', 'cambodia', 'cameroon', 'canada',
  'cape verde', 'central african republic', 'chile', 'colombia', 'comoros', 'congo', 'costa rica', 'croatia',
  'cyprus', 'czech republic', 'denmark', 'djibouti', 'dominican republic', 'ecuador', 'egypt', 'el salvador',
  'equatorial guinea', 'eritrea', 'estonia', 'ethiopia', 'fiji', 'finland', 'gabon', 'gambia', 'germany',
  'ghana', 'greece', 'guatemala', 'guinea', 'guinea-bissau', 'guyana', 'haiti', 'honduras', 'hungary', 'iceland',
  'indonesia', 'iran', 'iraq', 'italy', 'japan', 'kazakhstan', 'korea', 'north korea', 'south korea',
  'kosovo', 'kuwait', 'kyrgyzstan', 'laos', 'latvia', 'lebanon', 'lesotho', 'liberia', 'libya', 'liechtenstein',
  'lithuania', 'luxembourg', 'macedonia', 'madagascar', 'malawi', 'maldives', 'mali', 'malta', 'mauritania',
  'mauritius', 'mexico', 'moldova', 'monaco', 'mongolia', 'montenegro', 'morocco', 'mozambique', 'namibia', 'nepal',
  'netherlands', 'new zealand', 'nicaragua', 'niger', 'nigeria', 'norway', 'oman', 'pakistan', 'panama',
  'papua new guinea', 'paraguay', 'peru', 'philippines', 'poland', 'portugal', 'qatar', 'romania', 'russia', 'rwanda',
  'saudi arabia', 'senegal', 'serbia', 'sierra leone', 'singapore', 'slovakia', 'slovenia', 'somalia', 'south africa',
  'spain', 'sri lanka', 'sudan', 'suriname', 'swaziland', 'sweden', 'switzerland', 'syria', 'taiwan', 'tajikistan',
  'tanzania', 'thailand', 'tunisia', 'turkey', 'turkmenistan', 'uganda', 'ukraine', 'united arab emirates', 'uae',
  'united kingdom', 'uk', 'united states', 'usa', 'uruguay', 'uzbekistan', 'venezuela', 'vietnam', 'yemen', 'zambia',
  'zimbabwe', 'west bank', 'gaza', 'chechnya', 'tibet', 'xinjiang', 'kashmir', 'darfur', 'kurdistan', 'hong kong',
  'africa', 'europe', 'latin america', 'south america', 'central america', 'north america', 'middle east',
  'near east', 'far east', 'east asia', 'southeast asia', 'south asia', 'central asia', 'eastern europe',
  'western europe', 'central europe', 'caribbean', 'balkans', 'caucasus', 'persian gulf', 'maghreb', 'sahel',
  'horn of africa', 'western hemisphere', 'sub-saharan africa', 'north africa', 'west africa', 'east africa',
])

/** Whether `words`, as written, name a country or a world region (see {@link placeNames}). */
export function isPlaceName(words: readonly string[]): boolean {
  return words.length > 0 && placeNames.has(words.join(' ').toLowerCase())
}
