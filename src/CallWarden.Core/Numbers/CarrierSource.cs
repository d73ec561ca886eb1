namespace CallWarden.Core.Numbers;

/// <summary>Where a number's <see cref="Carrier"/> came from.</summary>
public enum CarrierSource : byte
{
    /// <summary>No source knew the carrier.</summary>
    None = 0,

    /// <summary>libphonenumber's prefix data: the block's original carrier, only a hint under number portability.</summary>
    LibPhoneNumber,

    /// <summary>The operator's override table (ported numbers): it wins over libphonenumber.</summary>
    Override,
}
