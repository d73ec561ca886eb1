namespace CallWarden.Core.Privacy;

/// <summary>One block of a notice as written in its file: a heading (<c>#</c>, <c>##</c>), a list item (<c>-</c>) or a paragraph.</summary>
public sealed record NoticeBlock(NoticeBlockKind Kind, string Text);
