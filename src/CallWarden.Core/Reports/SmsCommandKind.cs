namespace CallWarden.Core.Reports;

/// <summary>The keyword commands every configured service number understands.</summary>
public enum SmsCommandKind
{
    /// <summary><c>CX R20261128-000123</c> / <c>查詢 …</c> / <c>查询 …</c>: where is my report?</summary>
    StatusQuery = 1,

    /// <summary><c>KTLJ</c> / <c>開通攔截</c> / <c>开通拦截</c> (also 開啟/开启/打开): screen my calls.</summary>
    InterceptionOn,

    /// <summary><c>QXLJ</c> / <c>取消攔截</c> / <c>取消拦截</c> (also 關閉/关闭): stop screening my calls.</summary>
    InterceptionOff,

    /// <summary><c>TD</c> / <c>退訂</c> / <c>退订</c> / <c>STOP</c>: put me on the marketing refusal registry.</summary>
    RefuseMarketing,

    /// <summary><c>取消退订</c> / <c>取消退訂</c> / <c>QXTD</c> / <c>START</c>, optionally with categories: take the refusal (or those categories) off the registry.</summary>
    WithdrawMarketingRefusal,

    /// <summary><c>删除</c> / <c>刪除</c> / <c>DELETE</c>: withdraw my consent and remove my data — asks for a confirmation first (issue #10 part 2).</summary>
    DeleteRequest,

    /// <summary><c>确认删除</c> / <c>確認刪除</c> / <c>CONFIRM DELETE</c>: carry out the withdrawal asked for a moment ago.</summary>
    DeleteConfirm,
}
