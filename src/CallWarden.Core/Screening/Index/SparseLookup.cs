namespace CallWarden.Core.Screening.Index;

/// <summary>
/// A lookup in a <see cref="SparseRegion"/> between its steps, so that a batch can run each step for
/// many keys at once. It names its segment by number: a struct without references can live on the
/// stack, where storing it needs no GC write barrier.
/// </summary>
internal struct SparseLookup(int segment, ulong offset, long before, int local, long fieldStart)
{
    public readonly int Segment = segment;
    public readonly ulong Offset = offset;
    public readonly int Local = local;
    public readonly long FieldStart = fieldStart;

    /// <summary>Bit position of the zero before the key's superblock; set by the directory step.</summary>
    public long Before = before;

    /// <summary>Numbers in the key's bucket; set by the bucket step.</summary>
    public int Size;
}
