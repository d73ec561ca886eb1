using System.Runtime.InteropServices;

namespace CallWarden.Core.Screening.Index;

/// <summary>
/// The index's arrays on 2 MiB pages. A lookup in a 10^8-number index is a few dependent reads at
/// random places in ~170 MiB; on 4 KiB pages each of them also misses the TLB, and on a virtual
/// machine the page walk is two-dimensional: measured here, one dependent random read in 170 MiB took
/// 270 ns on 4 KiB pages and 165 ns on 2 MiB pages. Linux hands a process huge pages only where it
/// asks (transparent huge pages are usually "madvise"), so the arrays are allocated pinned — they
/// never move, so the pages stay theirs — and, once written, collapsed onto huge pages with
/// <c>madvise(MADV_COLLAPSE)</c> (Linux 6.1). This is a hint about memory, not I/O: where it is
/// refused (older kernel, another OS, THP disabled) nothing changes but the speed.
/// </summary>
internal static partial class HugePages
{
    private const int MadviseCollapse = 25;
    private const long PageSize = 2L << 20;

    /// <summary>False to keep the arrays movable on ordinary pages (the benchmark's baseline).</summary>
    internal static bool Enabled { get; set; } = OperatingSystem.IsLinux();

    /// <summary>Bytes collapsed onto huge pages since start (extents the kernel accepted), for the benchmark.</summary>
    internal static long CollapsedBytes => Interlocked.Read(ref _collapsedBytes);

    private static long _collapsedBytes;

    /// <summary>A zeroed array for the index: pinned when huge pages are on, so <see cref="Collapse"/> can keep it on them.</summary>
    public static ulong[] Allocate(int length) => GC.AllocateArray<ulong>(length, pinned: Enabled);

    /// <summary>Collapses the 2 MiB extents that hold these arrays (allocated by <see cref="Allocate"/>) onto huge pages.</summary>
    public static void Collapse(IEnumerable<ulong[]?> arrays)
    {
        if (!Enabled)
        {
            return;
        }

        var extents = new List<long>();
        foreach (var array in arrays)
        {
            if (array is null || array.Length == 0)
            {
                continue;
            }

            var start = Address(array);
            var end = start + ((long)array.Length * sizeof(ulong));
            for (var extent = start & ~(PageSize - 1); extent < end; extent += PageSize)
            {
                extents.Add(extent);
            }
        }

        foreach (var extent in extents.Distinct())
        {
            // One extent a call: one the kernel refuses (part of it not the heap's) costs the others nothing.
            if (Madvise((nint)extent, (nuint)PageSize, MadviseCollapse) == 0)
            {
                Interlocked.Add(ref _collapsedBytes, PageSize);
            }
        }
    }

    private static unsafe long Address(ulong[] pinned)
    {
        fixed (ulong* data = pinned)
        {
            return (long)data;
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static partial int Madvise(nint address, nuint length, int advice);
}
