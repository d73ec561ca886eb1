namespace CallWarden.Core.Numbers.Fast;

/// <summary>
/// A nondeterministic automaton over the ten digits (Thompson construction): each state has at most
/// one digit edge (a set of digits and a target) plus epsilon edges, and may carry an accept tag.
/// </summary>
internal sealed class DigitNfa
{
    public const ushort AllDigits = 0x3FF;

    private readonly List<ushort> _digits = [];
    private readonly List<int> _target = [];
    private readonly List<List<int>?> _epsilon = [];
    private readonly List<int> _tag = [];

    public int Count => _tag.Count;

    public int NewState()
    {
        _digits.Add(0);
        _target.Add(-1);
        _epsilon.Add(null);
        _tag.Add(-1);
        return _tag.Count - 1;
    }

    public void AddDigitEdge(int from, ushort digits, int to)
    {
        if (_digits[from] != 0)
        {
            throw new InvalidOperationException("A state has at most one digit edge.");
        }

        _digits[from] = digits;
        _target[from] = to;
    }

    public void AddEpsilon(int from, int to) => (_epsilon[from] ??= []).Add(to);

    public void SetTag(int state, int tag) => _tag[state] = tag;

    public ushort DigitsOf(int state) => _digits[state];

    public int TargetOf(int state) => _target[state];

    public IReadOnlyList<int>? EpsilonOf(int state) => _epsilon[state];

    public int TagOf(int state) => _tag[state];

    /// <summary>Adds <paramref name="pattern"/> (full match) under <paramref name="tag"/>; returns its start state.</summary>
    public int AddPattern(string pattern, int tag)
    {
        var (start, end) = DigitPattern.Parse(pattern).Build(this);
        SetTag(end, tag);
        return start;
    }

    /// <summary>Adds <paramref name="pattern"/> with prefix semantics (Java's lookingAt): once it matched, it stays matched.</summary>
    public int AddPrefixPattern(string pattern, int tag)
    {
        var (start, end) = DigitPattern.Parse(pattern).Build(this);
        var matched = NewState();
        AddEpsilon(end, matched);
        AddDigitEdge(matched, AllDigits, matched);
        SetTag(matched, tag);
        return start;
    }
}
