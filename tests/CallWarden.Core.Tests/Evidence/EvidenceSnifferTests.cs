using CallWarden.Core.Evidence;
using CsCheck;

namespace CallWarden.Core.Tests.Evidence;

public sealed class EvidenceSnifferTests
{
    public static TheoryData<byte[], string> Kinds => new()
    {
        { EvidenceSamples.Wav, "audio/wav" },
        { [.. "ID3"u8, 4, 0, 0], "audio/mpeg" },
        { [0xFF, 0xFB, 0x90, 0x44], "audio/mpeg" },
        { [.. "#!AMR\n"u8], "audio/amr" },
        { [0, 0, 0, 0x20, .. "ftypM4A "u8], "audio/mp4" },
        { EvidenceSamples.Jpeg, "image/jpeg" },
        { EvidenceSamples.Png, "image/png" },
        { [.. "GIF89a"u8, 1, 0], "image/gif" },
        { [.. "RIFF"u8, 0, 0, 0, 0, .. "WEBPVP8 "u8], "image/webp" },
        { [.. "%PDF-1.7\n"u8], "application/pdf" },
        { [.. "Received: from spammer\r\nSubject: 您已获得贷款额度\r\n\r\nhi"u8], "message/rfc822" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_evidence_kind_is_recognised_by_its_bytes(byte[] bytes, string expected) =>
        Assert.Equal(expected, EvidenceSniffer.Sniff(bytes));

    [Fact]
    public void Executables_and_scripts_are_named_as_such()
    {
        Assert.Equal("!an ELF executable", EvidenceSniffer.Sniff(EvidenceSamples.Elf));
        Assert.Equal("!a Windows executable", EvidenceSniffer.Sniff(EvidenceSamples.Pe));
        Assert.Equal("!a script", EvidenceSniffer.Sniff("#!/bin/sh\nrm -rf /"u8));
    }

    [Fact]
    public void Empty_and_unknown_content_is_no_evidence()
    {
        Assert.StartsWith("!", EvidenceSniffer.Sniff([]), StringComparison.Ordinal);
        Assert.StartsWith("!", EvidenceSniffer.Sniff("just some text without a header"u8), StringComparison.Ordinal);
        Assert.StartsWith("!", EvidenceSniffer.Sniff([0, 1, 2, 3, 4]), StringComparison.Ordinal);
    }

    [Fact]
    public void Any_bytes_give_a_known_type_or_a_refusal() =>
        Gen.Byte.Array[0, 2000].Sample(bytes =>
        {
            var sniffed = EvidenceSniffer.Sniff(bytes);
            return sniffed.StartsWith('!') || EvidenceSniffer.Canonical(sniffed) == sniffed;
        });
}
