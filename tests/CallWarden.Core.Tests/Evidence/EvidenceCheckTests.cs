using System.Security.Cryptography;
using CallWarden.Core.Evidence;

namespace CallWarden.Core.Tests.Evidence;

public sealed class EvidenceCheckTests
{
    [Fact]
    public void An_executable_disguised_as_a_jpeg_is_refused_with_what_it_is()
    {
        Assert.Null(EvidenceCheck.Check("photo.jpg", "image/jpeg", EvidenceSamples.Elf, out var refusal));
        Assert.Equal(EvidenceProblem.NotEvidence, refusal?.Problem);
        Assert.Equal("attachment 'photo.jpg' (image/jpeg) is an ELF executable; only audio, images, PDF and mails are accepted", refusal?.Message);
    }

    [Fact]
    public void A_declared_type_that_disagrees_with_the_bytes_is_refused()
    {
        Assert.Null(EvidenceCheck.Check("a.png", "image/png", EvidenceSamples.Jpeg, out var refusal));
        Assert.Equal(EvidenceProblem.DeclaredTypeDisagrees, refusal?.Problem);
        Assert.Equal("attachment 'a.png' is declared image/png but its content is image/jpeg", refusal?.Message);
    }

    [Fact]
    public void A_file_name_that_disagrees_with_the_bytes_is_refused_even_as_octet_stream()
    {
        Assert.Null(EvidenceCheck.Check("call.mp3", "application/octet-stream", EvidenceSamples.Png, out var refusal));
        Assert.Equal(EvidenceProblem.NameDisagrees, refusal?.Problem);
        Assert.Contains("named as audio/mpeg but its content is image/png", refusal?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recording_sent_as_octet_stream_is_kept_with_its_hash_and_detected_type()
    {
        var file = EvidenceCheck.Check("call.wav", "application/octet-stream", EvidenceSamples.Wav, out var refusal);
        Assert.Null(refusal);
        Assert.NotNull(file);
        Assert.Equal("audio/wav", file.DetectedType);
        Assert.True(file.IsRecording);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(EvidenceSamples.Wav)), file.Sha256);
    }

    [Fact]
    public void Aliases_of_a_type_are_the_same_type() =>
        Assert.NotNull(EvidenceCheck.Check("x.JPEG", "image/pjpeg", EvidenceSamples.Jpeg, out _));

    [Fact]
    public void Control_characters_in_a_file_name_never_reach_the_reply_line()
    {
        Assert.Null(EvidenceCheck.Check("a\r\n250 OK.jpg", "image/jpeg", EvidenceSamples.Pe, out var refusal));
        Assert.DoesNotContain('\r', refusal!.Message);
        Assert.DoesNotContain('\n', refusal.Message);
    }
}
