using BenchmarkDotNet.Running;
using CallWarden.Bench.Index;

if (args is ["index-scale", .. var scale])
{
    IndexScaleScenario.Run(scale);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
