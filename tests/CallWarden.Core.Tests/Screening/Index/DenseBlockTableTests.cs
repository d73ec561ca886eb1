using CallWarden.Core.Screening.Index;
using CsCheck;

namespace CallWarden.Core.Tests.Screening.Index;

public sealed class DenseBlockTableTests
{
    private static readonly ulong[] OneNumber = DenseBlock.Create([7], [CommunityState.Labelled], 1);
    private static readonly ulong[] TwoNumbers = DenseBlock.Create([7, 9_999], [CommunityState.Labelled, CommunityState.Suspended], 4);

    /// <summary>Few distinct ids in a small table, so that probe chains collide and removals shift entries back.</summary>
    private static readonly Gen<(long Id, int Block)[]> Changes = Gen.Select(Gen.Long[0, 40], Gen.Int[0, 2]).Array[1, 30];

    [Fact]
    public void Changes_keep_every_block_findable_as_in_a_dictionary()
    {
        Changes.Array[1, 6].Sample(batches =>
        {
            var table = DenseBlockTable.Empty;
            var model = new Dictionary<long, ulong[]>();
            foreach (var batch in batches)
            {
                var changes = new Dictionary<long, ulong[]?>();
                foreach (var (id, block) in batch)
                {
                    changes[id] = block switch { 0 => null, 1 => OneNumber, _ => TwoNumbers };
                }

                var before = table;
                var beforeCount = before.Count;
                table = table.With(changes);
                foreach (var (id, block) in changes)
                {
                    if (block is null)
                    {
                        model.Remove(id);
                    }
                    else
                    {
                        model[id] = block;
                    }
                }

                Assert.Equal(beforeCount, before.Count);
                Assert.Equal(model.Count, table.Count);
                Assert.Equal(model.Values.Sum(DenseBlock.Count), table.Entries);
                for (long id = -1; id <= 41; id++)
                {
                    Assert.Same(model.GetValueOrDefault(id), table.Find(id));
                }
            }
        });
    }
}
