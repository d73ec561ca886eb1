using CallWarden.Core.Registry;
using CallWarden.Data.Registry;
using CallWarden.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CallWarden.Web.Pages.Business;

/// <summary>
/// <c>/business/apply</c>: a business applies to register its customer-service and marketing numbers
/// (issue #10 part 6). The checks are <see cref="BusinessApplication.Check"/>'s, the API's own; every
/// problem is shown at once beside its field.
/// </summary>
internal sealed class ApplyModel(BusinessRegistry businesses, IStringLocalizer<BusinessText> text) : PageModel
{
    /// <summary>Rows of numbers the form offers; a business with more sends a second application or uses the API.</summary>
    public const int Rows = 5;

    [BindProperty]
    public ApplicationForm Input { get; set; } = new();

    /// <summary>The fields in the form's order, for the error summary.</summary>
    public static IReadOnlyList<string> FieldOrder { get; } =
    [
        "Input.Name", "Input.NameTraditional", "Input.NameEnglish", "Input.Licence", "Input.ContactName", "Input.ContactPhone", "Input.ContactEmail", "Input.Lines",
        .. Enumerable.Range(0, Rows).SelectMany(i => new[] { $"Input.Lines[{i}].Number", $"Input.Lines[{i}].Kind" }),
    ];

    public void OnGet() => Pad();

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        Pad();
        var rows = Input.Lines.Take(Rows).Select((l, i) => (Line: l, Row: i)).Where(r => !string.IsNullOrWhiteSpace(r.Line.Number) || !string.IsNullOrEmpty(r.Line.Kind)).ToList();
        var declared = rows.Select(r => new DeclaredLine(r.Line.Number, KindOf(r.Line.Kind), Categories(r.Line.Categories))).ToList();
        var application = new BusinessApplication(Input.Name, Input.NameTraditional, Input.NameEnglish, Input.Licence, Input.ContactName, Input.ContactPhone, Input.ContactEmail, declared);
        if (application.Check(out var problems) is not { } checkedApplication)
        {
            foreach (var problem in problems)
            {
                // A problem's line counts the rows in use; the field is the form's row.
                var row = problem.Line is { } line ? rows[line].Row : 0;
                ModelState.AddModelError(Field(problem.Field, row), Message(problem));
            }

            return Page();
        }

        var id = await businesses.ApplyAsync(checkedApplication, "web", SiteLanguages.Current, HttpContext.RequestAborted);
        return RedirectToPage("/Business/Applied", new { id });
    }

    private void Pad()
    {
        while (Input.Lines.Count < Rows)
        {
            Input.Lines.Add(new LineForm());
        }
    }

    private static BusinessLineKind KindOf(string? kind) => kind switch
    {
        "customer_service" => BusinessLineKind.CustomerService,
        "marketing" => BusinessLineKind.Marketing,
        _ => BusinessLineKind.None,
    };

    private static MarketingCategories Categories(List<string> codes) =>
        MarketingCategoryNames.TryParseCodes(codes, out var categories, out _) ? categories : MarketingCategories.None;

    private static string Field(ApplicationField field, int row) => field switch
    {
        ApplicationField.LineNumber => $"Input.Lines[{row}].Number",
        ApplicationField.LineKind => $"Input.Lines[{row}].Kind",
        _ => "Input." + field,
    };

    private string Message(ApplicationProblem problem) => problem.Kind switch
    {
        ApplicationProblemKind.TooLong => text["TooLong"],
        ApplicationProblemKind.LicenceWrongLength or ApplicationProblemKind.LicenceBadCharacter or ApplicationProblemKind.LicenceWrongCheckCharacter => text[problem.Kind.ToString()],
        _ => text[problem.Field.ToString() + problem.Kind],
    };
}
