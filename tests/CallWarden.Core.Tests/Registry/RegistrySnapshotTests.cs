using CallWarden.Core.Registry;
using CsCheck;

namespace CallWarden.Core.Tests.Registry;

public sealed class RegistrySnapshotTests
{
    private static readonly BusinessName Bank = new("某某银行");

    [Fact]
    public void An_empty_registry_refuses_nothing_and_knows_no_line()
    {
        Assert.Equal(MarketingCategories.None, RegistrySnapshot.Empty.RefusalsOf(8613912345678));
        Assert.False(RegistrySnapshot.Empty.TryGetLine(8613912345678, out _));
    }

    [Fact]
    public void A_line_reads_back_with_its_kind_categories_and_business_name()
    {
        var registry = RegistrySnapshot.Build([], [new RegisteredLine(8695588, 3, BusinessLineKind.CustomerService, MarketingCategories.None), new RegisteredLine(8613800138000, 3, BusinessLineKind.Marketing, MarketingCategories.Loans | MarketingCategories.Other)], new Dictionary<int, BusinessName> { [3] = Bank });

        Assert.True(registry.TryGetLine(8613800138000, out var line));
        Assert.Equal(new BusinessLine(3, BusinessLineKind.Marketing, MarketingCategories.Loans | MarketingCategories.Other, Bank), line);
    }

    [Fact]
    public void A_withdrawn_refusal_and_a_removed_line_are_gone_and_the_old_snapshot_is_unchanged()
    {
        var before = RegistrySnapshot.Build([new RegisteredRefusal(8613912345678, MarketingCategories.All)], [new RegisteredLine(8613800138000, 3, BusinessLineKind.Marketing, MarketingCategories.Loans)], new Dictionary<int, BusinessName> { [3] = Bank });

        var after = before.Apply([new RegisteredRefusal(8613912345678, MarketingCategories.None)], [new RegisteredLine(8613800138000, 0, BusinessLineKind.None, MarketingCategories.None)], [KeyValuePair.Create(3, (BusinessName?)null)]);

        Assert.Equal(MarketingCategories.None, after.RefusalsOf(8613912345678));
        Assert.False(after.TryGetLine(8613800138000, out _));
        Assert.Equal(MarketingCategories.All, before.RefusalsOf(8613912345678));
        Assert.True(before.TryGetLine(8613800138000, out var line) && line.Name == Bank);
    }

    [Fact]
    public void Batch_lookups_answer_as_single_lookups()
    {
        var refusals = Enumerable.Range(0, 5000).Select(i => new RegisteredRefusal(8613900000000 + (i * 7L), (MarketingCategories)(1 + (i % 63)))).ToList();
        var registry = RegistrySnapshot.Build(refusals, [], new Dictionary<int, BusinessName>());
        var asked = Enumerable.Range(0, 40_000).Select(i => 8613900000000L + i).ToArray();
        var answers = new MarketingCategories[asked.Length];

        registry.RefusalsOf(asked, answers);

        for (var i = 0; i < asked.Length; i++)
        {
            Assert.Equal(registry.RefusalsOf(asked[i]), answers[i]);
        }
    }

    /// <summary>Random batches of changes against a plain dictionary: the snapshot answers as the model does after every batch.</summary>
    [Fact]
    public void Changes_in_batches_agree_with_a_dictionary_model()
    {
        var number = Gen.Long[8613800000000, 8613800000400];
        var refusal = Gen.Select(number, Gen.Byte[0, 63]).Select((n, c) => (Refusal: true, Number: n, Value: (int)c));
        var line = Gen.Select(number, Gen.Int[0, 2], Gen.Byte[0, 63]).Select((n, k, c) => (Refusal: false, Number: n, Value: (k << 8) | c));
        Gen.Frequency((3, refusal), (1, line)).Array[0, 60].Array[1, 6].Sample(batches =>
        {
            var refused = new Dictionary<long, MarketingCategories>();
            var lines = new Dictionary<long, (BusinessLineKind, MarketingCategories)>();
            var snapshot = RegistrySnapshot.Empty;
            foreach (var batch in batches)
            {
                List<RegisteredRefusal> refusalChanges = [];
                List<RegisteredLine> lineChanges = [];
                foreach (var (isRefusal, n, value) in batch)
                {
                    if (isRefusal)
                    {
                        refusalChanges.Add(new RegisteredRefusal(n, (MarketingCategories)value));
                        refused[n] = (MarketingCategories)value;
                    }
                    else
                    {
                        var kind = (BusinessLineKind)(value >> 8);
                        var categories = (MarketingCategories)(value & 63);
                        lineChanges.Add(new RegisteredLine(n, 1, kind, categories));
                        lines[n] = (kind, categories);
                    }
                }

                snapshot = snapshot.Apply(refusalChanges, lineChanges, []);
                for (var n = 8613800000000; n <= 8613800000400; n++)
                {
                    Assert.Equal(refused.GetValueOrDefault(n), snapshot.RefusalsOf(n));
                    var (kind, categories) = lines.GetValueOrDefault(n);
                    Assert.Equal(kind != BusinessLineKind.None, snapshot.TryGetLine(n, out var found));
                    Assert.Equal((kind, kind == BusinessLineKind.None ? MarketingCategories.None : categories), (found.Kind, found.Categories));
                }
            }
        });
    }
}
