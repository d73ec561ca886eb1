using System.Buffers;
using System.Collections.Frozen;

namespace CallWarden.Core.Reports;

/// <summary>
/// Traditional characters that simplified Chinese never uses, with their simplified forms. Two
/// jobs: a message containing one is written in zh-Hant, and folding them lets one simplified
/// keyword table serve both scripts. It covers the words of report messages (times, keywords,
/// categories, common spam), not the whole script: an unlisted character only falls back to
/// zh-Hans, which a zh-Hant reader still understands.
/// </summary>
internal static class TraditionalCharacters
{
    // Pairs: traditional then simplified.
    private const string Pairs =
        "點点時时鐘钟鍾钟後后兩两裡里裏里淩凌間间號号詢询開开攔拦啟启關关閉闭訂订騷骚擾扰" +
        "詐诈騙骗銷销貸贷險险獎奖嚇吓脅胁響响聲声營营獵猎頭头遞递賣卖買买訓训產产樓楼盤盘" +
        "財财債债課课補补習习輔辅導导職职廣广寬宽帶带優优賬账帳帐戶户轉转驗验證证碼码話话" +
        "電电錢钱給给網网絡络線线聯联繫系係系罵骂殺杀報报復复額额獲获這这個个們们來来說说" +
        "發发過过還还會会對对與与國国門门問问題题費费銀银請请謝谢務务業业樂乐讓让學学實实" +
        "當当從从應应雙双錄录專专紅红讀读書书據据車车歲岁麼么樣样見见覺觉區区縣县場场東东" +
        "灣湾臺台廳厅簡简體体語语訊讯內内嗎吗謊谎斷断續续約约貨货幣币價价現现級级幫帮無无" +
        "輸输贏赢擊击週周鬧闹盜盗竊窃詳详細细遊游戲戏藥药醫医療疗壽寿錯错誤误處处選选擇择" +
        "員员單单認认識识試试機机構构際际義义運运動动藝艺術术廠厂齡龄餘余舉举訴诉禮礼幾几刪删確确";

    private static readonly FrozenDictionary<char, char> ToSimplifiedMap = BuildMap();

    public static SearchValues<char> All { get; } = SearchValues.Create(ToSimplifiedMap.Keys.ToArray());

    public static char ToSimplified(char c) => ToSimplifiedMap.TryGetValue(c, out var simplified) ? simplified : c;

    private static FrozenDictionary<char, char> BuildMap()
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i + 1 < Pairs.Length; i += 2)
        {
            map[Pairs[i]] = Pairs[i + 1];
        }

        return map.ToFrozenDictionary();
    }
}
