namespace CallWarden.Web.Pages.Report;

/// <summary>One line of the check page: the question, the answer, and the field its "change" link returns to.</summary>
internal sealed record AnswerRow(string Question, string Answer, string FieldId);
