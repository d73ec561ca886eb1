using CallWarden.Core.Screening.Index;

namespace CallWarden.Core.Tests.Screening.Index;

public sealed class HugePagesTests
{
    [Fact]
    public void An_index_array_is_zeroed_and_pinned_so_its_pages_stay_where_they_were_collapsed()
    {
        var array = HugePages.Allocate(1 << 16);

        Assert.All(array, word => Assert.Equal(0UL, word));
        if (HugePages.Enabled)
        {
            // Pinned arrays live on the pinned object heap, which no collection compacts.
            Assert.True(GC.GetGeneration(array) == GC.MaxGeneration + 2 || GC.GetGeneration(array) == GC.MaxGeneration, "an index array should be on the pinned object heap");
        }
    }

    [Fact]
    public void The_extents_holding_a_large_array_are_collapsed_onto_huge_pages_on_linux_6_1_and_later()
    {
        if (!HugePages.Enabled || Environment.OSVersion.Version < new Version(6, 1))
        {
            Assert.Skip("MADV_COLLAPSE needs Linux 6.1 or later");
        }

        var array = HugePages.Allocate(6 << 17); // 6 MiB: at least two whole 2 MiB extents
        array.AsSpan().Fill(0x5555_5555_5555_5555UL);
        var before = HugePages.CollapsedBytes;

        HugePages.Collapse([array, null, []]);

        Assert.True(HugePages.CollapsedBytes - before >= 4L << 20, $"collapsed {HugePages.CollapsedBytes - before} bytes");
        Assert.All(array, word => Assert.Equal(0x5555_5555_5555_5555UL, word));
    }
}
