using CallWarden.Fuzz;

// afl++ harnesses for every parser that reads what outsiders send (issue #9 part 8).
//   CallWarden.Fuzz <target>              under afl-fuzz (fuzz/run.sh): one input per run on stdin
//   CallWarden.Fuzz <target> <file>...    replays inputs (a finding's crash file) and prints what each did
if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: CallWarden.Fuzz <{string.Join('|', FuzzTargets.All.Keys)}> [input-file...]");
    return 2;
}

return args.Length == 1 ? FuzzRunner.UnderAfl(target) : FuzzRunner.Replay(target(), args[1..]);
