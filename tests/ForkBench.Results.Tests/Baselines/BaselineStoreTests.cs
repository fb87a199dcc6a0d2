using ForkBench.Results.Baselines;
using ForkBench.Results.Documents;
using ForkBench.Results.Serialization;
using ForkBench.Results.Tests.Support;

namespace ForkBench.Results.Tests.Baselines;

public sealed class BaselineStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("forkbench-baselines-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static readonly double[] Samples = [10, 11, 10.5];

    private static RunDocument Mixed(string runId) => TestDocuments.Run(runId,
        [TestDocuments.Measurement("model/fork/a", Samples), TestDocuments.Measurement("native/fork/b", Samples), TestDocuments.Measurement("model/fork/c", Samples)]);

    [Fact]
    public void Update_writes_one_file_per_suite_under_the_runs_host()
    {
        var store = new BaselineStore(_directory);
        IReadOnlyList<BaselineUpdate> updates = store.Update(Mixed("r1"));

        string hostDirectory = Path.Combine(_directory, TestDocuments.Host().Id);
        Assert.Equal([Path.Combine(hostDirectory, "model.json"), Path.Combine(hostDirectory, "native.json")], updates.Select(u => u.File.Path));
        Assert.Equal([2, 1], updates.Select(u => u.MeasurementCount));
        Assert.All(updates, u => Assert.Null(u.PreviousRunId));
        Assert.Equal(["model/fork/a", "model/fork/c"], RunDocumentFile.Read(updates[0].File.Path).Measurements.Select(m => m.Id));
        Assert.Equal([TestDocuments.Host().Id], store.Hosts());
    }

    [Fact]
    public void Update_reports_the_run_it_replaced_and_only_touches_its_suites()
    {
        var store = new BaselineStore(_directory);
        store.Update(Mixed("r1"));
        string nativePath = store.Find(TestDocuments.Host().Id).Single(f => f.Suite == "native").Path;
        byte[] nativeBefore = File.ReadAllBytes(nativePath);

        BaselineUpdate update = Assert.Single(store.Update(TestDocuments.Run("r2", [TestDocuments.Measurement("model/fork/a", Samples)])));

        Assert.Equal("r1", update.PreviousRunId);
        Assert.Equal(nativeBefore, File.ReadAllBytes(nativePath));
    }

    [Fact]
    public void LoadFor_picks_the_suites_of_the_current_run_and_merges_them()
    {
        var store = new BaselineStore(_directory);
        store.Update(TestDocuments.Run("r1", [TestDocuments.Measurement("model/fork/a", Samples)]));
        store.Update(TestDocuments.Run("r2", [TestDocuments.Measurement("native/fork/b", Samples)]));

        RunDocument? modelOnly = store.LoadFor(TestDocuments.Run("now", [TestDocuments.Measurement("model/fork/a", Samples)]));
        RunDocument? both = store.LoadFor(Mixed("now"));
        RunDocument? otherHost = store.LoadFor(TestDocuments.Run("now", [TestDocuments.Measurement("model/fork/a", Samples)], TestDocuments.Host("elsewhere")));

        Assert.Equal("r1", modelOnly!.Run.Id);
        Assert.Equal("r1 + r2", both!.Run.Id);
        Assert.Equal(2, both.Measurements.Count);
        Assert.Null(otherHost);
    }

    [Fact]
    public void An_invalid_run_writes_nothing()
    {
        var store = new BaselineStore(_directory);
        var bad = TestDocuments.Run("r1", [TestDocuments.Measurement("model/fork/a", Samples) with { Samples = [] }]);

        Assert.Throws<ResultsDataException>(() => store.Update(bad));
        Assert.Empty(Directory.GetFileSystemEntries(_directory));
    }

    [Fact]
    public void A_crafted_host_id_cannot_reach_outside_the_baselines()
    {
        var store = new BaselineStore(_directory);

        Assert.Throws<ResultsDataException>(() => store.Find("../outside"));
        Assert.Throws<ResultsDataException>(() => store.Update(Mixed("r1") with { Host = TestDocuments.Host("../outside") }));
        Assert.Empty(Directory.GetFileSystemEntries(_directory));
    }
}
