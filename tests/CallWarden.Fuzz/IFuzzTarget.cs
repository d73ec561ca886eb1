namespace CallWarden.Fuzz;

/// <summary>
/// One parser under afl++. <see cref="Run"/> catches only the exceptions the parser documents as
/// its answer to bad input; any other exception, and any run afl-fuzz times out, is a finding.
/// </summary>
internal interface IFuzzTarget
{
    void Run(byte[] input);
}
