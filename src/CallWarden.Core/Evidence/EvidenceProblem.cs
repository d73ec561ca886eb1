namespace CallWarden.Core.Evidence;

/// <summary>Why a file is not accepted as evidence.</summary>
public enum EvidenceProblem
{
    /// <summary>The bytes are no evidence kind (an executable, a script, an archive, unknown content).</summary>
    NotEvidence,

    /// <summary>The declared content type names another kind than the bytes are.</summary>
    DeclaredTypeDisagrees,

    /// <summary>The file name's extension names another kind than the bytes are.</summary>
    NameDisagrees,
}
