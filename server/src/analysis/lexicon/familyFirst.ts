// Names written family name first, as Chinese and Korean names are in English-language news
// ("Xi Jinping", "Kim Jong-un", "Moon Jae-in"): their first word is no first name, and tells no
// gender ("Kim" is a woman's first name in English).

/** The most common Chinese (pinyin) and Korean family names, lower case. */
const FAMILY_NAMES = new Set(
  (
    'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song ' +
    'tang han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye cheng wei su lu ding ren ' +
    'shen yao jin fu zhong cui tan fan xi meng qin bai shi wen kong hou qiu qian yan mao hao gu ' +
    'kim lee park choi jung jeong kang cho yoon jang lim oh seo shin kwon hwang ahn yoo hong ' +
    'jeon ko moon son bae baek heo nam noh ha kwak sung cha ri pak'
  ).split(' '),
);

// A given name in pinyin: one to three syllables ("Jinping", "Wanzhou", "Kang").
const PINYIN_SYLLABLE =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uai|uan|ian|iao|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|e|i|o|u|v)';
const PINYIN_GIVEN = new RegExp(`^(?:${PINYIN_SYLLABLE}){1,3}$`);
// A romanised Korean given name: two syllables joined by a hyphen ("Jong-un", "Yong-chol").
const KOREAN_GIVEN = /^[A-Z][a-z]{1,4}-[a-z]{1,5}$/;

/** Whether a person's name is written family name first: a Chinese or Korean family name, then a given name of that language's shape. */
export function isFamilyNameFirst(words: readonly string[]): boolean {
  if (words.length !== 2 || !FAMILY_NAMES.has(words[0].toLowerCase())) return false;
  const given = words[1];
  return KOREAN_GIVEN.test(given) || PINYIN_GIVEN.test(given.toLowerCase());
}
