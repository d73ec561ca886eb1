namespace CallWarden.Core.Numbers.Fast;

/// <summary>
/// The regular-expression subset libphonenumber's metadata uses for digit patterns: digits, <c>\d</c>,
/// classes <c>[0-9]</c> (with ranges and negation), groups <c>(…)</c> / <c>(?:…)</c>, alternation and the
/// quantifiers <c>? * + {n} {n,} {n,m}</c>. Anything else throws <see cref="NotSupportedException"/>, and
/// the calling code then simply has no fast path.
/// </summary>
internal abstract record DigitPattern
{
    public abstract (int Start, int End) Build(DigitNfa nfa);

    public static DigitPattern Parse(string pattern)
    {
        var parser = new Parser(pattern);
        var result = parser.Alternation();
        if (!parser.AtEnd)
        {
            throw new NotSupportedException($"Unexpected '{pattern[parser.Position]}' at {parser.Position} in pattern '{pattern}'.");
        }

        return result;
    }

    private sealed record DigitSet(ushort Digits) : DigitPattern
    {
        public override (int Start, int End) Build(DigitNfa nfa)
        {
            var start = nfa.NewState();
            var end = nfa.NewState();
            nfa.AddDigitEdge(start, Digits, end);
            return (start, end);
        }
    }

    private sealed record Sequence(IReadOnlyList<DigitPattern> Items) : DigitPattern
    {
        public override (int Start, int End) Build(DigitNfa nfa)
        {
            var start = nfa.NewState();
            var end = start;
            foreach (var item in Items)
            {
                var (s, e) = item.Build(nfa);
                nfa.AddEpsilon(end, s);
                end = e;
            }

            return (start, end);
        }
    }

    private sealed record Choice(IReadOnlyList<DigitPattern> Options) : DigitPattern
    {
        public override (int Start, int End) Build(DigitNfa nfa)
        {
            var start = nfa.NewState();
            var end = nfa.NewState();
            foreach (var option in Options)
            {
                var (s, e) = option.Build(nfa);
                nfa.AddEpsilon(start, s);
                nfa.AddEpsilon(e, end);
            }

            return (start, end);
        }
    }

    /// <summary><paramref name="Max"/> is -1 for an unbounded repeat.</summary>
    private sealed record Repeat(DigitPattern Item, int Min, int Max) : DigitPattern
    {
        public override (int Start, int End) Build(DigitNfa nfa)
        {
            var start = nfa.NewState();
            var end = start;
            for (var i = 0; i < Min; i++)
            {
                var (s, e) = Item.Build(nfa);
                nfa.AddEpsilon(end, s);
                end = e;
            }

            var exit = nfa.NewState();
            if (Max < 0)
            {
                var (s, e) = Item.Build(nfa);
                nfa.AddEpsilon(end, s);
                nfa.AddEpsilon(e, end);
                nfa.AddEpsilon(end, exit);
                return (start, exit);
            }

            for (var i = Min; i < Max; i++)
            {
                nfa.AddEpsilon(end, exit);
                var (s, e) = Item.Build(nfa);
                nfa.AddEpsilon(end, s);
                end = e;
            }

            nfa.AddEpsilon(end, exit);
            return (start, exit);
        }
    }

    private sealed class Parser(string pattern)
    {
        public int Position { get; private set; }

        public bool AtEnd => Position >= pattern.Length;

        private char Peek => pattern[Position];

        public DigitPattern Alternation()
        {
            List<DigitPattern> options = [Concatenation()];
            while (!AtEnd && Peek == '|')
            {
                Position++;
                options.Add(Concatenation());
            }

            return options.Count == 1 ? options[0] : new Choice(options);
        }

        private DigitPattern Concatenation()
        {
            List<DigitPattern> items = [];
            while (!AtEnd && Peek is not ('|' or ')'))
            {
                items.Add(Quantified(Atom()));
            }

            return items.Count == 1 ? items[0] : new Sequence(items);
        }

        private DigitPattern Quantified(DigitPattern atom)
        {
            while (!AtEnd)
            {
                switch (Peek)
                {
                    case '?':
                        Position++;
                        atom = new Repeat(atom, 0, 1);
                        break;
                    case '*':
                        Position++;
                        atom = new Repeat(atom, 0, -1);
                        break;
                    case '+':
                        Position++;
                        atom = new Repeat(atom, 1, -1);
                        break;
                    case '{':
                        Position++;
                        var min = Number();
                        var max = min;
                        if (!AtEnd && Peek == ',')
                        {
                            Position++;
                            max = !AtEnd && Peek == '}' ? -1 : Number();
                        }

                        Expect('}');
                        atom = new Repeat(atom, min, max);
                        break;
                    default:
                        return atom;
                }
            }

            return atom;
        }

        private DigitPattern Atom()
        {
            var c = pattern[Position++];
            switch (c)
            {
                case '(':
                    if (pattern.AsSpan(Position).StartsWith("?:"))
                    {
                        Position += 2;
                    }

                    var inner = Alternation();
                    Expect(')');
                    return inner;
                case '[':
                    return new DigitSet(Class());
                case '\\':
                    return Position < pattern.Length && pattern[Position++] == 'd'
                        ? new DigitSet(DigitNfa.AllDigits)
                        : throw Unsupported();
                default:
                    return char.IsAsciiDigit(c) ? new DigitSet((ushort)(1 << (c - '0'))) : throw Unsupported();
            }
        }

        private ushort Class()
        {
            var negate = !AtEnd && Peek == '^';
            if (negate)
            {
                Position++;
            }

            ushort set = 0;
            while (!AtEnd && Peek != ']')
            {
                var c = pattern[Position++];
                if (c == '\\' && !AtEnd && Peek == 'd')
                {
                    Position++;
                    set |= DigitNfa.AllDigits;
                    continue;
                }

                if (!char.IsAsciiDigit(c))
                {
                    throw Unsupported();
                }

                var high = c;
                if (Position + 1 < pattern.Length && Peek == '-' && pattern[Position + 1] != ']')
                {
                    high = pattern[Position + 1];
                    Position += 2;
                    if (!char.IsAsciiDigit(high) || high < c)
                    {
                        throw Unsupported();
                    }
                }

                for (var d = c; d <= high; d++)
                {
                    set |= (ushort)(1 << (d - '0'));
                }
            }

            Expect(']');
            return negate ? (ushort)(~set & DigitNfa.AllDigits) : set;
        }

        private int Number()
        {
            var start = Position;
            while (!AtEnd && char.IsAsciiDigit(Peek))
            {
                Position++;
            }

            return Position > start
                ? int.Parse(pattern.AsSpan(start, Position - start), System.Globalization.CultureInfo.InvariantCulture)
                : throw Unsupported();
        }

        private void Expect(char c)
        {
            if (AtEnd || pattern[Position] != c)
            {
                throw Unsupported();
            }

            Position++;
        }

        private NotSupportedException Unsupported() =>
            new($"Pattern '{pattern}' uses a construct the digit automaton does not support (near {Position}).");
    }
}
