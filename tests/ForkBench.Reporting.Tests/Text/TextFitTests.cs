using ForkBench.Reporting.Text;

namespace ForkBench.Reporting.Tests.Text;

public class TextFitTests
{
    [Fact]
    public void Abbreviate_keeps_both_ends()
    {
        string id = "native/fork/anon-4k/pinned=io_uring/rss=512MiB";
        string shortened = TextFit.Abbreviate(id, 20);
        Assert.Equal(20, shortened.Length);
        Assert.StartsWith("native/f", shortened);
        Assert.EndsWith("512MiB", shortened);
        Assert.Contains(TextFit.Ellipsis, shortened);
    }

    [Theory]
    [InlineData("abc", 3, "abc")]
    [InlineData("abcdef", 2, "ab")]
    [InlineData("abcdef", 0, "")]
    public void Abbreviate_edge_cases(string text, int width, string expected) =>
        Assert.Equal(expected, TextFit.Abbreviate(text, width));

    [Fact]
    public void Wrap_breaks_ids_after_slashes()
    {
        var lines = TextWrap.Wrap("native/fork/anon-4k/pinned=io_uring/rss=512MiB", 20);
        Assert.All(lines, l => Assert.True(l.Length <= 20));
        Assert.Equal("native/fork/anon-4k/pinned=io_uring/rss=512MiB", string.Concat(lines));
        Assert.EndsWith("/", lines[0]);
    }

    [Fact]
    public void Wrap_breaks_words_without_separators_hard()
    {
        var lines = TextWrap.Wrap(new string('w', 25), 10);
        Assert.Equal([10, 10, 5], lines.Select(l => l.Length));
    }

    [Fact]
    public void Wrap_keeps_words_together()
    {
        var lines = TextWrap.Wrap("the quick brown fox jumps", 10);
        Assert.Equal(["the quick", "brown fox", "jumps"], lines);
    }

    [Fact]
    public void Sanitize_maps_common_symbols_to_ascii()
    {
        Assert.Equal("+-2% us (R) -- x", AsciiText.Sanitize("\u00b12% \u00b5s \u00ae \u2014\u2013 \u00d7"));
        Assert.Equal("a b", AsciiText.Sanitize("a\tb"));
        Assert.Equal("caf?", AsciiText.Sanitize("caf\u00e9"));
    }

    [Fact]
    public void Table_shrinks_flexible_columns_to_the_page()
    {
        var table = new TextTable(
            new TextColumn("name", ColumnAlign.Left, ColumnOverflow.Abbreviate),
            new TextColumn("value"));
        table.AddRow(new string('n', 100), "1.23");
        var lines = table.Render(40);
        Assert.All(lines, l => Assert.True(l.Length <= 40, l));
        Assert.EndsWith("1.23", lines[^1]);
    }

    [Fact]
    public void Table_wraps_a_wrapping_column_onto_more_lines()
    {
        var table = new TextTable(new TextColumn("v"), new TextColumn("id", ColumnAlign.Left, ColumnOverflow.Wrap, MinWidth: 10));
        table.AddRow("1", "aaaa/bbbb/cccc/dddd");
        var lines = table.Render(15);
        Assert.Equal(2 + 2, lines.Count);
        Assert.All(lines, l => Assert.True(l.Length <= 15, l));
    }

    [Fact]
    public void Table_too_wide_for_fixed_columns_folds_instead_of_cutting()
    {
        var table = new TextTable(new TextColumn("a"), new TextColumn("b"));
        table.AddRow(new string('1', 30), new string('2', 30));
        var lines = table.Render(40);
        Assert.All(lines, l => Assert.True(l.Length <= 40, l));
        Assert.Equal(60, string.Concat(lines.Skip(2)).Count(c => c is '1' or '2'));
    }

    [Fact]
    public void Table_headers_with_two_lines_align_at_the_bottom()
    {
        var table = new TextTable(new TextColumn("6.8.0\nbaseline"), new TextColumn("n"));
        table.AddRow("1", "2");
        var lines = table.Render();
        Assert.Equal("   6.8.0", lines[0]);
        Assert.Equal("baseline  n", lines[1]);
    }
}
