// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demonames.h"

namespace attain {

namespace {
QList<QString> fromUtf16(std::initializer_list<const char16_t *> list)
{
    QList<QString> out;
    for (const char16_t *s : list)
        out << QString::fromUtf16(s);
    return out;
}
} // namespace

const QList<DemoNames::Syllable> &DemoNames::surnames()
{
    static const QList<Syllable> list = {
        {u"张", "zhang"}, {u"王", "wang"},  {u"李", "li"},    {u"刘", "liu"},  {u"陈", "chen"},
        {u"杨", "yang"},  {u"赵", "zhao"},  {u"黄", "huang"}, {u"周", "zhou"}, {u"吴", "wu"},
        {u"徐", "xu"},    {u"孙", "sun"},   {u"马", "ma"},    {u"朱", "zhu"},  {u"胡", "hu"},
        {u"郭", "guo"},   {u"何", "he"},    {u"林", "lin"},   {u"罗", "luo"},  {u"高", "gao"},
        {u"郑", "zheng"}, {u"梁", "liang"}, {u"谢", "xie"},   {u"宋", "song"}, {u"唐", "tang"},
        {u"许", "xu"},    {u"韩", "han"},   {u"冯", "feng"},  {u"邓", "deng"}, {u"曹", "cao"},
    };
    return list;
}

const QList<DemoNames::Syllable> &DemoNames::givenNames()
{
    static const QList<Syllable> list = {
        {u"伟", "wei"},        {u"芳", "fang"},      {u"娜", "na"},        {u"洋", "yang"},
        {u"静", "jing"},       {u"帆", "fan"},       {u"磊", "lei"},       {u"敏", "min"},
        {u"杰", "jie"},        {u"婷", "ting"},      {u"明", "ming"},      {u"丽", "li"},
        {u"超", "chao"},       {u"琳", "lin"},       {u"斌", "bin"},       {u"晓东", "xiaodong"},
        {u"海燕", "haiyan"},   {u"建国", "jianguo"}, {u"雪梅", "xuemei"},  {u"志强", "zhiqiang"},
        {u"思远", "siyuan"},   {u"欣怡", "xinyi"},   {u"子涵", "zihan"},   {u"宇航", "yuhang"},
        {u"佳琪", "jiaqi"},    {u"浩然", "haoran"},  {u"梦瑶", "mengyao"}, {u"俊杰", "junjie"},
        {u"文博", "wenbo"},    {u"雨萱", "yuxuan"},  {u"天宇", "tianyu"},  {u"诗涵", "shihan"},
        {u"明轩", "mingxuan"}, {u"嘉怡", "jiayi"},   {u"晨", "chen"},      {u"鹏", "peng"},
        {u"颖", "ying"},       {u"刚", "gang"},      {u"慧", "hui"},       {u"军", "jun"},
    };
    return list;
}

const QList<QString> &DemoNames::cities()
{
    static const QList<QString> list =
        fromUtf16({u"上海", u"北京", u"杭州", u"深圳", u"广州", u"南京", u"苏州", u"成都", u"武汉", u"西安",
                   u"天津", u"重庆", u"宁波", u"厦门", u"青岛", u"长沙", u"合肥", u"无锡", u"佛山", u"东莞"});
    return list;
}

const QList<QString> &DemoNames::tradeNames()
{
    static const QList<QString> list =
        fromUtf16({u"恒信", u"瑞丰", u"华辰", u"鼎盛", u"嘉禾", u"博远", u"启明", u"安泰", u"正元", u"联创",
                   u"新航", u"汇通", u"德润", u"宏图", u"金石", u"远景", u"和顺", u"天成", u"卓越", u"东方",
                   u"长青", u"信达", u"万象", u"盛世", u"锦程", u"百川", u"云帆", u"智联", u"同舟", u"海纳"});
    return list;
}

const QList<QString> &DemoNames::industries()
{
    static const QList<QString> list =
        fromUtf16({u"科技有限公司", u"贸易有限公司", u"制造有限公司", u"信息技术有限公司", u"物流有限公司",
                   u"医疗器械有限公司", u"电子有限公司", u"文化传媒有限公司", u"餐饮管理有限公司",
                   u"建设工程有限公司", u"教育咨询有限公司", u"新材料股份有限公司"});
    return list;
}

const QList<QString> &DemoNames::teamNames()
{
    static const QList<QString> list = fromUtf16({u"华东团队", u"华南团队", u"华北团队", u"西南团队",
                                                  u"华中团队", u"西北团队", u"东北团队", u"大客户团队"});
    return list;
}

const QList<QString> &DemoNames::sources()
{
    static const QList<QString> list =
        fromUtf16({u"老客户介绍", u"展会", u"官网咨询", u"电话开发", u"合作伙伴", u"线上广告"});
    return list;
}

const QList<QString> &DemoNames::activityNotes()
{
    static const QList<QString> list =
        fromUtf16({u"介绍产品方案，客户有兴趣", u"确认需求和预算", u"演示系统功能", u"发送报价单",
                   u"商务谈判，价格基本确定", u"合同条款沟通", u"回访使用情况", u"约下周上门拜访",
                   u"客户要求补充资料", u"跟进付款进度"});
    return list;
}

const QList<QString> &DemoNames::ratingComments()
{
    static const QList<QString> list =
        fromUtf16({u"服务很专业，响应及时", u"方案清晰，沟通顺畅", u"整体满意", u"交付稍慢，希望改进",
                   u"非常满意，会推荐给朋友", u"售后跟进到位", u""});
    return list;
}

} // namespace attain
