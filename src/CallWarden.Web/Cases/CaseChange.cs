using CallWarden.Core.Cases;
using CallWarden.Data.Workflow;
using CallWarden.Web.Problems;

namespace CallWarden.Web.Cases;

/// <summary>
/// One kind of transition: checks its own fields into <c>errors</c> (then it does nothing), else
/// asks the workflow. <c>Found</c> is false when the case does not exist; <c>Error</c> is why the case refused.
/// </summary>
internal delegate Task<(bool Found, CaseError? Error)> CaseChange(long id, CaseRequest request, Actor actor, CaseWorkflow flow, FieldErrors errors, CancellationToken cancellationToken);
