using BenchmarkDotNet.Running;
using CallWarden.Bench.Index;

if (args is ["index-scale", .. var scale])
{
    IndexScaleScenario.Run(scale);
    return;
}

// Scale scenarios run whole pipelines for a while and print their own figures.
if (args is ["intake-scale", .. var rest])
{
    return await CallWarden.Bench.Intake.IntakeScale.RunAsync(rest);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
