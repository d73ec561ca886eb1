using System.Text;
using CallWarden.Core.Imports;

namespace CallWarden.Fuzz.Targets;

/// <summary>
/// The CSV reader of <c>callwarden import ftc</c>, <see cref="FtcComplaintFile.Read"/>, over the input
/// as the file (read as UTF-8, as the import does). Every row becomes a complaint or a problem with
/// its line; it documents that a bad row never stops the file, so nothing may throw.
/// </summary>
internal sealed class CsvTarget : IFuzzTarget
{
    public void Run(byte[] input)
    {
        using var reader = new StreamReader(new MemoryStream(input, writable: false), Encoding.UTF8);
        var lastLine = 0;
        foreach (var row in FtcComplaintFile.Read(reader))
        {
            var line = row.Complaint?.Line ?? row.Problem?.Line ?? throw new FuzzFinding("a row is neither a complaint nor a problem");
            if (line < lastLine || line < 1)
            {
                throw new FuzzFinding($"line {line} follows line {lastLine}");
            }

            lastLine = line;
        }
    }
}
