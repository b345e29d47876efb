/**
 * Service-log summaries, grouped by what was delivered (an offering code, ADHOC for
 * client-initiated contacts, CALL_BACK, or the NO_ANSWER / COMPLAINT outcomes, which
 * override the group). `{sector}` becomes one of the client's watch-list sectors.
 */
export const SUMMARY_TEMPLATES: Record<string, readonly string[]> = {
  FAST_LANE: ['协助客户通过快速交易通道下单，确认{sector}相关标的委托顺畅', '处理快速通道委托异常，已恢复正常交易'],
  VIP_ROOM: ['客户到贵宾室交流，重点讨论{sector}板块配置', '贵宾室接待客户，介绍近期市场策略与仓位建议'],
  RESEARCH_REPORT: ['发送{sector}行业深度研究报告', '推送本周策略周报，附{sector}板块观点'],
  SMS_ALERT: ['短信提醒：{sector}板块异动，提示注意仓位风险', '短信提醒新股申购安排及{sector}板块重要公告'],
  HOLDINGS_PUSH: ['根据持仓推送{sector}个股公告解读', '微信推送持仓{sector}个股研报摘要'],
  ONE_TO_ONE_CALL: ['电话沟通持仓情况，客户关注{sector}板块回调风险', '一对一电话交流，讨论{sector}板块中长期机会', '电话回顾近期交易，提示集中持仓风险'],
  PORTFOLIO_REVIEW: ['面谈检视组合，建议降低{sector}仓位集中度', '组合检视：回顾收益并确认风险等级与持仓匹配'],
  AV_SESSION: ['邀请客户参加{sector}主题音视频路演', '客户参加线上路演，关注{sector}产业链机会'],
  BIRTHDAY_GREETING: ['发送生日祝福短信', '发送生日祝福及积分兑换提醒'],
  CLIENT_EVENT: ['邀请客户参加投资者教育沙龙', '客户参加{sector}主题客户交流会'],
  ADHOC: ['客户来电咨询{sector}个股交易规则', '客户询问融资融券开通条件，已说明门槛与风险', '协助客户处理银证转账问题', '客户咨询{sector}板块近期走势，已提示风险'],
  CALL_BACK: ['回访确认服务满意度，客户对客户经理服务评价良好', '回访核实适当性匹配，客户确认风险等级无误', '定期回访，客户表示资讯推送频率合适'],
  COMPLAINT_CALL_BACK: ['投诉回访：客户表示问题已解决', '投诉回访：已向客户解释处理结果，客户基本认可'],
  NO_ANSWER: ['电话未接通，已发短信告知{sector}板块最新观点', '多次致电未接通，稍后再联系'],
  COMPLAINT: ['客户投诉佣金偏高，表示考虑转户', '客户对{sector}推荐亏损不满，要求解释', '客户投诉服务响应慢，长时间无人联系'],
};

/** Quality-review findings by score band (index 0: below 70, 1: 70-84, 2: 85 and above). */
export const REVIEW_FINDINGS: readonly (readonly string[])[] = [
  ['摘要过于简单，未记录客户诉求', '投诉处理不及时，需加强跟进', '未按级别权益频率提供服务'],
  ['记录基本完整，建议补充风险提示', '服务及时，跟进计划不够具体'],
  ['记录完整，服务规范', '适当性提示到位，客户反馈良好'],
];
