using ForkBench.Results.Baselines;
using ForkBench.Results.Documents;
using ForkBench.Results.Serialization;
using ForkBench.Results.Tests.Support;

namespace ForkBench.Results.Tests.Baselines;

public class ReplicatedRunTests
{
    private static RunDocument RunAt(string id, int minute, params Measurement[] measurements) =>
        TestDocuments.Run(id, measurements) with { Run = TestDocuments.Run(id, []).Run with { TimeUtc = new DateTime(2026, 1, 1, 0, minute, 0, DateTimeKind.Utc) } };

    [Fact]
    public void Pooled_samples_keep_which_run_gave_them_oldest_first()
    {
        var newest = RunAt("r3", 3, TestDocuments.Measurement("a", [30, 31]));
        var oldest = RunAt("r1", 1, TestDocuments.Measurement("a", [10, 11, 12]), TestDocuments.Measurement("only-first", [5]));
        var middle = RunAt("r2", 2, TestDocuments.Measurement("a", [20]));

        RunDocument pooled = ReplicatedRun.Merge([newest, oldest, middle]);

        Assert.Equal(["r1", "r2", "r3"], pooled.Run.Replicates);
        Assert.Equal("r3-x3", pooled.Run.Id);
        Assert.Equal(ReplicatedRun.Source, pooled.Run.Source);
        Measurement a = pooled.Find("a")!;
        Assert.Equal([10, 11, 12, 20, 30, 31], a.Samples);
        Assert.Equal([3, 1, 2], a.RunLengths);
        Assert.Equal(3, a.RunGroups().Count);
        Assert.Equal([30.0, 31.0], a.RunGroups()[2]);
        Assert.Equal([1, 0, 0], pooled.Find("only-first")!.RunLengths);
        Assert.Single(pooled.Find("only-first")!.RunGroups());
    }

    [Fact]
    public void A_pooled_document_survives_a_round_trip_through_JSON()
    {
        RunDocument pooled = ReplicatedRun.Merge([RunAt("r1", 1, TestDocuments.Measurement("a", [1, 2])), RunAt("r2", 2, TestDocuments.Measurement("a", [3]))]);

        RunDocument back = RunDocumentSerializer.Deserialize(RunDocumentSerializer.Serialize(pooled), "test");

        Assert.Equal(pooled.Run.Replicates, back.Run.Replicates);
        Assert.Equal([2, 1], back.Find("a")!.RunLengths);
    }

    [Fact]
    public void Run_lengths_that_do_not_add_up_are_refused_on_read_and_write()
    {
        RunDocument pooled = ReplicatedRun.Merge([RunAt("r1", 1, TestDocuments.Measurement("a", [1, 2])), RunAt("r2", 2, TestDocuments.Measurement("a", [3]))]);
        RunDocument broken = pooled with { Measurements = [pooled.Measurements[0] with { RunLengths = [2, 2] }] };

        var error = Assert.Throws<ResultsDataException>(() => RunDocumentSerializer.Serialize(broken));
        Assert.Contains("runLengths do not add up", error.Message);
        RunDocument orphan = TestDocuments.Run("x", [TestDocuments.Measurement("a", [1, 2]) with { RunLengths = [1, 1] }]);
        Assert.Contains("run.replicates is absent", Assert.Throws<ResultsDataException>(() => RunDocumentSerializer.Serialize(orphan)).Message);
    }

    [Fact]
    public void Runs_of_other_hosts_pooled_inputs_one_run_and_differing_counts_are_refused()
    {
        var here = RunAt("r1", 1, TestDocuments.Measurement("a", [1]));
        var there = RunAt("r2", 2, TestDocuments.Measurement("a", [1])) with { Host = TestDocuments.Host("other-host-2c-24g-k6.1-kvm-00000000") };
        Assert.Contains("different hosts", Assert.Throws<ResultsDataException>(() => ReplicatedRun.Merge([here, there])).Message);
        Assert.Contains("at least two", Assert.Throws<ResultsDataException>(() => ReplicatedRun.Merge([here])).Message);
        Assert.Contains("twice", Assert.Throws<ResultsDataException>(() => ReplicatedRun.Merge([here, here])).Message);

        RunDocument pooled = ReplicatedRun.Merge([here, RunAt("r2", 2, TestDocuments.Measurement("a", [2]))]);
        Assert.Contains("already pools", Assert.Throws<ResultsDataException>(() => ReplicatedRun.Merge([pooled, RunAt("r3", 3, TestDocuments.Measurement("a", [2]))])).Message);

        var counted = RunAt("r1", 1, TestDocuments.Measurement("a", [1], new Dictionary<string, long> { ["copies"] = 1 }));
        var otherCount = RunAt("r2", 2, TestDocuments.Measurement("a", [1], new Dictionary<string, long> { ["copies"] = 2 }));
        Assert.Contains("different exact counts", Assert.Throws<ResultsDataException>(() => ReplicatedRun.Merge([counted, otherCount])).Message);
    }
}
