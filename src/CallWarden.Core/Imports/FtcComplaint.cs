using CallWarden.Core.Reports;

namespace CallWarden.Core.Imports;

/// <summary>One usable row of the FTC Do-Not-Call complaint file.</summary>
/// <param name="Line">The physical line it started on, for messages.</param>
/// <param name="Number">The reported company number as E.164 text (<c>+14703352559</c>).</param>
/// <param name="CreatedAt">When the FTC received the complaint (the file gives no zone; read as UTC).</param>
/// <param name="ViolationAt">When the call happened, if given.</param>
/// <param name="Robocall">The consumer said it was a recorded message.</param>
/// <param name="RawRow">The row as read, kept as evidence.</param>
public sealed record FtcComplaint(
    int Line,
    string Number,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ViolationAt,
    ReportCategory Category,
    string Subject,
    string? ConsumerState,
    bool? Robocall,
    string RawRow);
