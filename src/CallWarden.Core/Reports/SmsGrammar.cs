namespace CallWarden.Core.Reports;

/// <summary>What a service number expects after the reported number and the separator.</summary>
public enum SmsGrammar
{
    /// <summary><c>number*time</c>: the call time (12321).</summary>
    NumberAndTime = 1,

    /// <summary><c>number*reason</c> or <c>number*"spam text"</c> (the carriers' 10086999, 10010999, 10000999).</summary>
    NumberAndReasonOrContent = 2,
}
