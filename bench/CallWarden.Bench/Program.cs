using BenchmarkDotNet.Running;
using CallWarden.Bench.Index;

// Scale scenarios run whole pipelines for a while and print their own figures;
// anything else goes to BenchmarkDotNet (e.g. --filter "*NormalizerBenchmarks*").
switch (args)
{
    case ["index-scale", .. var scale]:
        IndexScaleScenario.Run(scale);
        return 0;
    case ["intake-scale", .. var rest]:
        return await CallWarden.Bench.Intake.IntakeScale.RunAsync(rest);
    case ["screen-http", .. var http]:
        return await CallWarden.Bench.Screening.ScreenHttpScenario.RunAsync(http);
    case ["sms-scale", .. var sms]:
        return await CallWarden.Bench.Channels.SmsScale.RunAsync(sms);
    case ["pages-http", .. var pages]:
        return await CallWarden.Bench.Web.PagesHttpScenario.RunAsync(pages);
    case ["sip-scale", .. var sip]:
        return await CallWarden.Bench.Sip.SipScaleScenario.RunAsync(sip);
    case ["sip-stub", .. var stub]:
        return await CallWarden.Bench.Sip.ScreeningStub.RunAsync(stub);
    case ["scrub-scale", .. var scrub]:
        return await CallWarden.Bench.Registry.ScrubScaleScenario.RunAsync(scrub);
    case ["scrub-serve", .. var scrubServe]:
        return await CallWarden.Bench.Registry.ScrubServeScenario.RunAsync(scrubServe);
    case ["snapshot-scale", .. var snapshot]:
        CallWarden.Bench.Screening.SnapshotScaleScenario.Run(snapshot);
        return 0;
    case ["snapshot-serve", .. var serve]:
        return await CallWarden.Bench.Screening.SnapshotServeScenario.RunAsync(serve);
    case ["voice-scale", .. var voice]:
        return await CallWarden.Bench.Voice.VoiceScaleScenario.RunAsync(voice);
    case ["voice-serve", .. var voiceServe]:
        return await CallWarden.Bench.Voice.VoiceServe.RunAsync(voiceServe);
    case ["mail-scale", .. var mail]:
        return await CallWarden.Bench.Channels.MailScale.RunAsync(mail);
    default:
        BenchmarkSwitcher.FromAssembly(typeof(CallWarden.Bench.Web.PagesHttpScenario).Assembly).Run(args);
        return 0;
}
