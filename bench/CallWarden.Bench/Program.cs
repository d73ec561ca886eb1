using BenchmarkDotNet.Running;

// Scale scenarios run whole pipelines for a while and print their own figures.
if (args is ["intake-scale", .. var rest])
{
    return await CallWarden.Bench.Intake.IntakeScale.RunAsync(rest);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
