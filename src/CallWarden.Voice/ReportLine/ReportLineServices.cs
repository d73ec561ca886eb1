using CallWarden.Data;
using CallWarden.Data.Intake;
using CallWarden.Data.Privacy;
using CallWarden.Data.Registry;
using CallWarden.Voice.Prompts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CallWarden.Voice.ReportLine;

/// <summary>What every call of the report line shares: the prompts, the store's services and the clock.</summary>
internal sealed record ReportLineServices(
    PromptLibrary Prompts,
    ReportIntake Intake,
    IDbContextFactory<CallWardenDbContext> Contexts,
    RefusalRegistry Refusals,
    ConsentLedger Consents,
    ReporterLimits Limits,
    ReportLineOptions Options,
    TimeProvider Time,
    ILogger Logger);
