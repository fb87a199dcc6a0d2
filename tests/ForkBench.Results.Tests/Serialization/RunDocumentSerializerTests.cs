using System.Text;
using ForkBench.Results.Documents;
using ForkBench.Results.Serialization;
using ForkBench.Results.Tests.Support;

namespace ForkBench.Results.Tests.Serialization;

public class RunDocumentSerializerTests
{
    private static RunDocument Example() => TestDocuments.Run("20250102T030405Z-abcdef01",
    [
        TestDocuments.Measurement("model/fork/copy-pte-range/pages=64", [45.25, 46.5, 0.1 + 0.2, 1e-7, 123456789.125],
            new Dictionary<string, long> { ["ptes-copied"] = 64, ["rmw"] = long.MaxValue }),
        MeasurementFactory.Create("native/fork/anon-4k/rss=512MiB", new Dictionary<string, string> { ["rss"] = "512MiB" },
            SampleUnit.Microseconds, [310.5, 305.25], incomplete: true),
        MeasurementFactory.Skipped("native/fork/anon-4k/pin=all/rss=512mib", new Dictionary<string, string> { ["pin"] = "all", ["scenario"] = "anon-4k/pin=all/rss=512mib" },
            SampleUnit.Microseconds, "io_uring_setup failed: ENOSYS"),
    ]);

    [Fact]
    public void Round_trip_keeps_every_field_and_every_bit_of_every_sample()
    {
        RunDocument original = Example();
        byte[] json = RunDocumentSerializer.Serialize(original);
        RunDocument read = RunDocumentSerializer.Deserialize(json, "test");

        Assert.Equal(json, RunDocumentSerializer.Serialize(read));
        Assert.Equal(original.Run, read.Run);
        Assert.Equal(original.Host, read.Host);
        Assert.Equal(DateTimeKind.Utc, read.Run.TimeUtc.Kind);
        for (int i = 0; i < original.Measurements.Count; i++)
        {
            Measurement a = original.Measurements[i], b = read.Measurements[i];
            Assert.Equal(a.Id, b.Id);
            Assert.Equal(a.Unit, b.Unit);
            Assert.Equal(a.Samples, b.Samples);
            Assert.Equal(a.Parameters, b.Parameters);
            Assert.Equal(a.Counts, b.Counts);
            Assert.Equal(a.Incomplete, b.Incomplete);
            Assert.Equal(a.SkippedReason, b.SkippedReason);
            Assert.Equal(a.Summary?.Median, b.Summary?.Median);
        }
    }

    [Fact]
    public void A_median_without_an_interval_leaves_its_bounds_out_and_reads_back()
    {
        // Five samples: too few for a 95% interval of the median; six have one.
        RunDocument original = TestDocuments.Run("20250102T030405Z-abcdef01",
        [
            TestDocuments.Measurement("native/fork/anon-4k/rss=64MiB", [5, 1, 4, 2, 3]),
            TestDocuments.Measurement("native/fork/anon-4k/rss=128MiB", [5, 1, 4, 2, 3, 6]),
        ]);
        byte[] json = RunDocumentSerializer.Serialize(original);
        RunDocument read = RunDocumentSerializer.Deserialize(json, "test");

        string text = Encoding.UTF8.GetString(json);
        Assert.DoesNotContain("relativeMedianHalfWidth", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(new QuantileEstimate(0.5, 3, null, null), read.Measurements[0].Summary!.Median);
        Assert.Equal(new QuantileEstimate(0.5, 3.5, 1, 6), read.Measurements[1].Summary!.Median);
        Assert.Equal(json, RunDocumentSerializer.Serialize(read));
    }

    [Fact]
    public void Output_is_invariant_under_a_comma_decimal_culture()
    {
        byte[] invariant = RunDocumentSerializer.Serialize(Example());
        byte[] comma;
        RunDocument readBack;
        using (new CommaDecimalCulture())
        {
            Assert.Equal("1,5", 1.5.ToString()); // the culture really is comma-decimal
            comma = RunDocumentSerializer.Serialize(Example());
            readBack = RunDocumentSerializer.Deserialize(comma, "test");
        }

        Assert.Equal(invariant, comma);
        string text = Encoding.UTF8.GetString(comma);
        Assert.Contains("45.25", text);
        Assert.DoesNotContain("45,25", text);
        Assert.Equal(45.25, readBack.Measurements[0].Samples[0]);
    }

    [Fact]
    public void Samples_are_written_on_one_line_and_the_layout_is_stable()
    {
        string text = Encoding.UTF8.GetString(RunDocumentSerializer.Serialize(Example()));

        Assert.Contains("\"samples\": [45.25,46.5,0.30000000000000004,1E-07,123456789.125]", text);
        Assert.StartsWith("{\n  \"schemaVersion\": 1,\n  \"run\": {", text);
        Assert.Contains("\"timeUtc\": \"2025-01-02T03:04:05Z\"", text);
        Assert.EndsWith("}\n", text);
    }

    [Fact]
    public void The_committed_version_1_example_still_reads()
    {
        RunDocument document = RunDocumentSerializer.Deserialize(File.ReadAllBytes(Fixture.Path("documents/run-v1.json")), "run-v1.json");

        Assert.Equal(1, document.SchemaVersion);
        Assert.Equal(3, document.Measurements.Count);
        Assert.True(document.Measurements[2].IsSkipped);
    }

    [Theory]
    [InlineData("{\"schemaVersion\": 1, \"run\": ", "corrupted JSON")]
    [InlineData("[1, 2]", "not a result document")]
    [InlineData("{\"run\": {}}", "no integer 'schemaVersion'")]
    [InlineData("{\"schemaVersion\": 99}", "unknown schema version 99 (this tool reads version 1)")]
    [InlineData("{\"schemaVersion\": 1}", "not a valid result document")]
    public void Bad_documents_are_one_line_data_errors(string json, string expected)
    {
        var error = Assert.Throws<ResultsDataException>(() => RunDocumentSerializer.Deserialize(Encoding.UTF8.GetBytes(json), "x.json"));

        Assert.StartsWith("x.json: ", error.Message);
        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("\"samples\": [45.25,46.5,0.30000000000000004,1E-07,123456789.125]", "\"samples\": []", "has an empty sample")]
    [InlineData("\"unit\": \"ns\"", "\"unit\": \"furlongs\"", "unknown unit 'furlongs'")]
    [InlineData("\"timeUtc\": \"2025-01-02T03:04:05Z\"", "\"timeUtc\": \"2025-01-02T03:04:05\"", "not UTC")]
    [InlineData("\"id\": \"native/fork/anon-4k/rss=512MiB\"", "\"id\": \"model/fork/copy-pte-range/pages=64\"", "appears twice")]
    [InlineData("\"id\": \"native/fork/anon-4k/rss=512MiB\"", "\"id\": \"native//x y\"", "is not a valid id")]
    [InlineData("\"id\": \"20250102T030405Z-abcdef01\"", "\"id\": \"../../../somewhere/victim\"", "run.id '../../../somewhere/victim' is not a valid run id")]
    [InlineData("\"id\": \"20250102T030405Z-abcdef01\"", "\"id\": \".hidden\"", "is not a valid run id")]
    public void Invalid_content_is_a_data_error(string find, string replace, string expected)
    {
        string json = Encoding.UTF8.GetString(RunDocumentSerializer.Serialize(Example()));
        Assert.Contains(find, json);
        byte[] broken = Encoding.UTF8.GetBytes(json.Replace(find, replace));

        var error = Assert.Throws<ResultsDataException>(() => RunDocumentSerializer.Deserialize(broken, "x.json"));
        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void The_reason_a_run_is_incomplete_round_trips_and_a_whole_run_does_not_write_it()
    {
        RunDocument whole = Example() with { Measurements = [Example().Measurements[0]] };
        RunDocument cut = whole with { Run = whole.Run with { IncompleteReason = "interrupted: the model suite was not run" } };

        Assert.DoesNotContain("incompleteReason", Encoding.UTF8.GetString(RunDocumentSerializer.Serialize(whole)));
        Assert.False(whole.IsPartial);
        RunDocument read = RunDocumentSerializer.Deserialize(RunDocumentSerializer.Serialize(cut), "test");
        Assert.Equal("interrupted: the model suite was not run", read.Run.IncompleteReason);
        Assert.True(read.IsPartial);
        Assert.True(Example().IsPartial); // one measurement of it stopped short
    }
}
