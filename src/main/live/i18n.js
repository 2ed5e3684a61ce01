// The page's words in Chinese and English. The language follows the browser (navigator.languages)
// until the visitor picks one with the switch; the choice is kept in localStorage.

const LANG_KEY = 'campus.live.lang';

const zh = {
  brand: '校园直播带岗',
  skip: '跳到问答',
  switchTo: 'English',
  switchLabel: 'Switch to English',
  signIn: '登录',
  signOut: '退出',
  signedInAs: (name) => `已登录：${name}`,
  sessions: '直播带岗场次',
  noSessions: '暂时没有即将开始或正在直播的场次。',
  loading: '正在加载…',
  notFound: '找不到这场直播。',
  loadFailed: '加载失败，请稍后刷新。',
  backToList: '返回场次列表',
  hostedBy: (name) => `主办：${name}`,
  careerCenter: '学校就业指导中心',
  status: { SCHEDULED: '未开始', LIVE: '直播中', ENDED: '已结束', CANCELLED: '已取消' },
  startsAt: (t) => `开始时间：${t}`,
  startedAt: (t) => `开播于 ${t}`,
  viewers: (n) => `${n} 人在看`,
  videoTitle: '直播视频',
  beforeStart: (t) => `直播将于 ${t} 开始`,
  ended: '直播已结束，感谢观看。',
  cancelled: '这场直播已取消。',
  noStream: '主办方尚未提供视频地址。',
  connection: {
    connecting: '正在连接实时更新…',
    live: '',
    reconnecting: '连接已断开，正在重新连接…',
    stopped: '',
  },
  postings: '本场推荐岗位',
  noPostings: '主办方还没有推荐岗位。',
  salary: (min, max) => `${min ?? '?'}–${max ?? '?'} 元/月`,
  deadline: (t) => `截止：${t}`,
  apply: '投递',
  applyTo: (title) => `投递：${title}`,
  applied: '已投递',
  applyNeedsGraduate: '登录毕业生账号后即可投递。',
  applyClosed: '该岗位已停止投递。',
  qa: '互动问答',
  qaCount: (n) => `（${n}）`,
  askLabel: '你的问题',
  askPlaceholder: '向主办方提问，最多 500 字',
  anonymous: '匿名提问',
  ask: '提问',
  chars: (n) => `${n}/500`,
  signInToAsk: '登录后可以提问和点赞。',
  askClosed: '这场直播已不再接受提问。',
  asked: '问题已提交。',
  askedPending: '问题已提交，审核通过后所有人可见。',
  rateLimited: (s) => `提问太频繁了，请 ${s} 秒后再试。`,
  sortLabel: '排序',
  sortUpvotes: '最多点赞',
  sortNewest: '最新',
  noQuestions: '还没有问题，来问第一个吧。',
  anonymousAuthor: '匿名',
  upvote: (n) => `点赞，当前 ${n} 个赞`,
  unvote: (n) => `取消点赞，当前 ${n} 个赞`,
  pinned: '置顶',
  answered: '已回答',
  pending: '待审核',
  hiddenBadge: '已隐藏',
  answer: '主办方回答',
  host: '主持人操作',
  start: '开始直播',
  end: '结束直播',
  confirmEnd: '确定结束这场直播吗？',
  publish: '通过',
  hide: '隐藏',
  pin: '置顶',
  unpin: '取消置顶',
  answerAction: '回答',
  answerLabel: '回答内容',
  postAnswer: '发布回答',
  cancel: '取消',
  pendingQueue: (n) => `待审核问题（${n}）`,
  noPending: '没有待审核的问题。',
  hiddenQuestions: (n) => `已隐藏的问题（${n}）`,
  feature: '管理推荐岗位',
  featureSave: '保存推荐岗位',
  featureSaved: '推荐岗位已更新。',
  featureNone: '没有可推荐的已发布岗位。',
  loadMore: '加载更多问题',
  errors: {
    UNAUTHENTICATED: '请先登录。',
    FORBIDDEN: '你没有权限这样做。',
    NOT_FOUND: '内容已不存在。',
    CONFLICT: '当前状态下不能这样做。',
    BAD_USER_INPUT: '输入有误。',
    NETWORK: '网络不可用，请稍后再试。',
    INTERNAL: '出错了，请稍后再试。',
  },
  signInFailed: '登录没有完成，请重试。',
  signInUnavailable: '这个站点没有配置登录。',
};

const en = {
  brand: 'Campus live recruitment',
  skip: 'Skip to Q&A',
  switchTo: '中文',
  switchLabel: '切换到中文',
  signIn: 'Sign in',
  signOut: 'Sign out',
  signedInAs: (name) => `Signed in as ${name}`,
  sessions: 'Live recruitment sessions',
  noSessions: 'No sessions are live or coming up right now.',
  loading: 'Loading…',
  notFound: 'This session does not exist.',
  loadFailed: 'Could not load the page. Please refresh in a moment.',
  backToList: 'All sessions',
  hostedBy: (name) => `Hosted by ${name}`,
  careerCenter: 'the Career Center',
  status: { SCHEDULED: 'Scheduled', LIVE: 'Live', ENDED: 'Ended', CANCELLED: 'Cancelled' },
  startsAt: (t) => `Starts ${t}`,
  startedAt: (t) => `Started ${t}`,
  viewers: (n) => (n === 1 ? '1 watching' : `${n} watching`),
  videoTitle: 'Live video',
  beforeStart: (t) => `The stream starts ${t}`,
  ended: 'The session has ended. Thanks for watching.',
  cancelled: 'This session was cancelled.',
  noStream: 'The host has not provided a video stream.',
  connection: {
    connecting: 'Connecting to live updates…',
    live: '',
    reconnecting: 'Connection lost. Reconnecting…',
    stopped: '',
  },
  postings: 'Featured positions',
  noPostings: 'The host has not featured any positions yet.',
  salary: (min, max) => `¥${min ?? '?'}–${max ?? '?'} a month`,
  deadline: (t) => `Apply by ${t}`,
  apply: 'Apply',
  applyTo: (title) => `Apply: ${title}`,
  applied: 'Applied',
  applyNeedsGraduate: 'Sign in as a graduate to apply.',
  applyClosed: 'Applications are closed.',
  qa: 'Live Q&A',
  qaCount: (n) => ` (${n})`,
  askLabel: 'Your question',
  askPlaceholder: 'Ask the host, up to 500 characters',
  anonymous: 'Ask anonymously',
  ask: 'Ask',
  chars: (n) => `${n}/500`,
  signInToAsk: 'Sign in to ask and upvote questions.',
  askClosed: 'This session no longer takes questions.',
  asked: 'Your question was sent.',
  askedPending: 'Your question was sent. Everyone will see it once a moderator approves it.',
  rateLimited: (s) => `You are asking too fast. Try again in ${s} s.`,
  sortLabel: 'Order',
  sortUpvotes: 'Most upvoted',
  sortNewest: 'Newest',
  noQuestions: 'No questions yet. Ask the first one.',
  anonymousAuthor: 'Anonymous',
  upvote: (n) => `Upvote, ${n} so far`,
  unvote: (n) => `Remove your upvote, ${n} so far`,
  pinned: 'Pinned',
  answered: 'Answered',
  pending: 'Awaiting approval',
  hiddenBadge: 'Hidden',
  answer: "Host's answer",
  host: 'Host controls',
  start: 'Start the session',
  end: 'End the session',
  confirmEnd: 'End this session now?',
  publish: 'Publish',
  hide: 'Hide',
  pin: 'Pin',
  unpin: 'Unpin',
  answerAction: 'Answer',
  answerLabel: 'Answer',
  postAnswer: 'Post answer',
  cancel: 'Cancel',
  pendingQueue: (n) => `Waiting for approval (${n})`,
  noPending: 'No questions are waiting.',
  hiddenQuestions: (n) => `Hidden questions (${n})`,
  feature: 'Choose featured positions',
  featureSave: 'Save featured positions',
  featureSaved: 'Featured positions updated.',
  featureNone: 'There are no published positions to feature.',
  loadMore: 'Load more questions',
  errors: {
    UNAUTHENTICATED: 'Please sign in first.',
    FORBIDDEN: 'You may not do that.',
    NOT_FOUND: 'That no longer exists.',
    CONFLICT: 'That is not possible right now.',
    BAD_USER_INPUT: 'Please check your input.',
    NETWORK: 'You are offline. Try again in a moment.',
    INTERNAL: 'Something went wrong. Try again in a moment.',
  },
  signInFailed: 'Sign-in did not complete. Please try again.',
  signInUnavailable: 'Sign-in is not configured on this site.',
};

const DICTIONARIES = { zh, en };

export function initialLanguage() {
  const forced = new URLSearchParams(location.search).get('lang');
  if (forced === 'zh' || forced === 'en') return forced;
  try {
    const saved = localStorage.getItem(LANG_KEY);
    if (saved === 'zh' || saved === 'en') return saved;
  } catch {
    // Storage may be off; follow the browser.
  }
  for (const l of navigator.languages || [navigator.language]) {
    if (/^zh\b/i.test(l)) return 'zh';
    if (/^en\b/i.test(l)) return 'en';
  }
  return 'zh';
}

export function saveLanguage(lang) {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Not kept: the switch still works for this page.
  }
}

export function dictionary(lang) {
  return DICTIONARIES[lang] || zh;
}

/** The BCP 47 tag for <html lang> and Intl. */
export function tagOf(lang) {
  return lang === 'en' ? 'en' : 'zh-CN';
}
