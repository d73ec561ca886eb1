using CallWarden.Core.Numbers;

namespace CallWarden.Core.Screening;

/// <summary>A callee as written and as normalised, remembered by the rules of the subscriber it nearly always is.</summary>
internal sealed record CalleeMemo(string Text, PhoneNumber Number);
