import type { ArrangementRule } from './arrangement-rules.ts';

/**
 * Work-arrangement labels in Japanese, Korean and Chinese, as their boards print them in chips and
 * fact rows. No word boundaries: these scripts write words without spaces. Some days at home comes
 * first ("在宅勤務週2日可" is hybrid, not remote), then on-site, then fully remote. A board's
 * "在宅勤務可" / "リモートワーク可" ("working from home allowed") offers some days at home, not a remote
 * job: the boards tag a remote job "フルリモート" or "完全在宅".
 */
export const EAST_ASIAN_LABEL_RULES: readonly ArrangementRule[] = [
  {
    id: 'label.hybrid-ja',
    lang: 'ja',
    workType: 'hybrid',
    re: /ハイブリッド|(?:在宅|リモート)(?:勤務|ワーク)?(?:週|月)[1-4１-４]日|週[1-4１-４]日(?:程度)?(?:まで)?(?:の)?(?:在宅|リモート)|(?:一部|部分)(?:在宅|リモート)|リモート併用|(?:在宅|リモート)(?:勤務|ワーク)?(?:可|OK|あり|相談)/,
    reason:
      'the label offers some days at home in Japanese ("在宅勤務週2日可", "ハイブリッド", "リモートワーク可")',
  },
  {
    id: 'label.hybrid-ko-zh',
    lang: 'ko',
    workType: 'hybrid',
    re: /하이브리드|부분\s?재택|주\s?[1-4]일\s?재택|재택\s?(?:근무\s?)?(?:가능|병행)|混合办公|混合辦公|部分远程|部分遠端|弹性办公|远程办公(?:可选|可申请)/,
    reason: 'the label offers some days at home in Korean or Chinese ("하이브리드", "재택 가능", "混合办公")',
  },
  {
    id: 'label.onsite-cjk',
    lang: 'ja',
    workType: 'onsite',
    re: /出社(?:必須|勤務)|在宅(?:勤務)?不可|リモート(?:ワーク)?不可|재택\s?(?:근무\s?)?불가|상주\s?근무|사무실\s?출근|现场办公|驻场|坐班|不支持远程/,
    reason: 'the label says on-site in Japanese, Korean or Chinese ("出社必須", "재택 불가", "现场办公")',
  },
  {
    id: 'label.remote-cjk',
    lang: 'ja',
    workType: 'remote',
    re: /フルリモート|完全(?:在宅|リモート)|全国どこでも|(?:100|１００)[%％]\s?(?:在宅|リモート)|풀\s?재택|전면\s?재택|원격\s?근무|재택\s?근무|완전\s?재택|全程远程|完全远程|远程办公|远程工作|居家办公|遠端工作|遠距(?:工作|辦公)/,
    reason:
      'the label says fully remote in Japanese, Korean or Chinese ("フルリモート", "풀재택", "远程办公")',
  },
];
