using CallWarden.Core.Screening;
using CallWarden.Data.Decisions;
using CallWarden.Data.Intake;
using CallWarden.Web.Access;
using CallWarden.Web.Problems;
using CallWarden.Web.Rules;
using CallWarden.Web.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CallWarden.Web.Pages.Protection;

/// <summary>
/// <c>/protection</c>: the signed-in phone's own screening rules as a form, a dry run on its recent
/// calls before anything is saved, and the calls screened lately with their reasons. Reads, checks,
/// tries and saves through <see cref="RulesEditor"/>, exactly as <c>/api/v1/subscribers/{number}/rules</c> does.
/// </summary>
[Authorize(Policy = Policies.PhoneSignedIn)]
internal sealed class IndexModel(RulesEditor editor, IStringLocalizer<ProtectionText> text) : PageModel
{
    /// <summary>How many logged decisions the page lists.</summary>
    public const int RecentCalls = 50;

    [BindProperty]
    public ProtectionForm Input { get; set; } = new();

    /// <summary>The stored rules the form was drawn from (their list is shown with remove boxes).</summary>
    public SubscriberRules Stored { get; private set; } = SubscriberRules.Default;

    public RulesPreview? Preview { get; private set; }

    /// <summary>The form changed after its dry run was shown: the new dry run is shown instead of saving.</summary>
    public bool ChangedAfterPreview { get; private set; }

    public bool Saved { get; private set; }

    public IReadOnlyList<DecisionLogEntry> Recent { get; private set; } = [];

    /// <summary>The signed-in phone as E.164: whose rules these are.</summary>
    public string Phone => "+" + Subscriber.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private long Subscriber => PhoneSignIn.Phone(HttpContext) ?? throw new InvalidOperationException("The page's policy lets only a person with a proven phone in.");

    public async Task OnGetAsync(bool saved, CancellationToken cancellationToken)
    {
        Saved = saved;
        Stored = await editor.LoadAsync(Subscriber, cancellationToken);
        Input = ProtectionForm.Of(Stored);
        Recent = await editor.DecisionsAsync(Subscriber, RecentCalls, cancellationToken);
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        if (await ReadAsync(cancellationToken) is { } proposed)
        {
            await PreviewAsync(proposed, cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        if (await ReadAsync(cancellationToken) is not { } proposed)
        {
            return Page();
        }

        if (Input.PreviewedAs != Input.Fingerprint())
        {
            ChangedAfterPreview = Input.PreviewedAs is not null;
            await PreviewAsync(proposed, cancellationToken);
            return Page();
        }

        if (await editor.SaveAsync(Subscriber, proposed, Input.Version, IntakeChannel.Web, cancellationToken) is null)
        {
            // Saved elsewhere meanwhile: show the rules as they are now, keep what was typed into the new-entry fields.
            var typed = Input;
            Stored = await editor.LoadAsync(Subscriber, cancellationToken);
            Input = ProtectionForm.Of(Stored);
            (Input.BlockPattern, Input.BlockNote, Input.AllowPattern, Input.AllowNote) = (typed.BlockPattern, typed.BlockNote, typed.AllowPattern, typed.AllowNote);
            ModelState.Clear();
            ModelState.AddModelError("rules", text["Conflict"]);
            return Page();
        }

        return RedirectToPage(new { saved = true });
    }

    /// <summary>The rules the form asks for, checked; null with each problem beside its field.</summary>
    private async Task<SubscriberRules?> ReadAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        Stored = await editor.LoadAsync(Subscriber, cancellationToken);
        Recent = await editor.DecisionsAsync(Subscriber, RecentCalls, cancellationToken);
        var draft = ProtectionDraft.Read(Input, Stored, SiteLanguages.Current, text, (field, message) => ModelState.AddModelError(field, message));
        var errors = new FieldErrors();
        var rules = editor.Check(draft.Rules, errors);
        foreach (var problem in errors.Problems)
        {
            var (field, message) = RulesProblems.Of(problem, draft, text);
            if (FieldMessages.Of(ModelState, field) is null)
            {
                ModelState.AddModelError(field, message);
            }
        }

        return ModelState.ErrorCount > 0 || rules is null ? null : ProtectionDraft.LastOfEachPattern(rules);
    }

    private async Task PreviewAsync(SubscriberRules proposed, CancellationToken cancellationToken)
    {
        // Tried in the stored rules' language: a label that only changed language is no change to the call.
        // The reasons are written again in the reader's language anyway.
        var outcomes = await editor.DryRunAsync(Subscriber, proposed with { Language = Stored.Language }, null, cancellationToken);
        Preview = RulesPreview.Of(outcomes, SiteLanguages.Current);
        Input.PreviewedAs = Input.Fingerprint();
    }
}
