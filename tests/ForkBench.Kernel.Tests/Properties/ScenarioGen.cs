using FsCheck;
using FsCheck.Fluent;

namespace ForkBench.Kernel.Tests.Properties;

/// <summary>
/// Generates scenarios: a process 0 that maps and populates one or two VMAs,
/// then 10-40 random operations. Page numbers are skewed towards the first
/// 16 pages of a VMA so that pins, extra references and writes meet on the
/// same pages often (that is where the pinned-COW bugs live).
/// </summary>
public static class ScenarioGen
{
    private static readonly VmaKind[] Kinds = Enum.GetValues<VmaKind>();

    private static Gen<int> Pick => Gen.Choose(0, 7);

    private static Gen<int> Page => Gen.Frequency((3, Gen.Choose(0, 15)), (1, Gen.Choose(0, 1023)));

    private static Gen<int> Pages => Gen.Frequency((4, Gen.Choose(1, 4)), (1, Gen.Choose(5, 16)));

    private static bool IsPrivateAnon(VmaKind kind) => kind is not (VmaKind.SharedAnon or VmaKind.FilePrivate or VmaKind.FileShared);

    private static Gen<Advice> AdviceFor(VmaKind kind) => IsPrivateAnon(kind)
        ? Gen.Frequency((6, Gen.Constant(Advice.None)), (1, Gen.Constant(Advice.DontCopy)), (1, Gen.Constant(Advice.WipeOnFork)))
        : Gen.Frequency((6, Gen.Constant(Advice.None)), (1, Gen.Constant(Advice.DontCopy)));

    private static Gen<Op> Map(Gen<int> proc) =>
        from p in proc
        from kind in Gen.Elements(Kinds)
        from size in Gen.Elements(2, 4)
        from advice in AdviceFor(kind)
        select (Op)new MapOp(p, kind, size, advice);

    private static Gen<Op> Populate(Gen<int> proc) =>
        from p in proc
        from vma in Pick
        from write in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        select (Op)new PopulateOp(p, vma, write);

    private static readonly Gen<Op> PinGen =
        from p in Pick
        from vma in Pick
        from page in Page
        from pages in Pages
        select (Op)new PinOp(p, vma, page, pages);

    private static readonly Gen<Op> TakeRefsGen =
        from p in Pick
        from vma in Pick
        from page in Page
        from pages in Gen.Choose(1, 4)
        from refs in Gen.Elements(1, 3, 1024)
        select (Op)new TakeRefsOp(p, vma, page, pages, refs);

    private static readonly Gen<Op> WriteGen =
        from p in Pick
        from vma in Pick
        from page in Page
        select (Op)new WriteOp(p, vma, page);

    /// <summary>One random operation; weights favour the ones that change sharing (fork, write, pin).</summary>
    public static Gen<Op> Operation { get; } = Gen.Frequency(
        (3, Map(Pick)),
        (3, Populate(Pick)),
        (4, PinGen),
        (1, Pick.Select(i => (Op)new UnpinOp(i))),
        (2, TakeRefsGen),
        (1, Pick.Select(i => (Op)new ReleaseRefsOp(i))),
        (4, Pick.Select(i => (Op)new ForkOp(i))),
        (6, WriteGen),
        (3, from pin in Pick from page in Gen.Choose(0, 15) select (Op)new WritePinnedOp(pin, page)),
        (2, Pick.Select(i => (Op)new ExitOp(i))));

    private static readonly Gen<Op[]> Setup =
        from vmas in Gen.Choose(1, 2)
        from maps in Gen.ArrayOf(Map(Gen.Constant(0)), vmas)
        select maps.SelectMany((m, i) => new Op[] { m, new PopulateOp(0, i, Write: true) }).ToArray();

    public static Gen<Scenario> Scenarios { get; } =
        from setup in Setup
        from n in Gen.Choose(10, 40)
        from ops in Gen.ArrayOf(Operation, n)
        select new Scenario([.. setup, .. ops]);

    /// <summary>Shrinks by deleting runs of operations: halves first, then smaller chunks, then single ops.</summary>
    public static IEnumerable<Scenario> Shrink(Scenario scenario)
    {
        var ops = scenario.Ops;
        for (int chunk = ops.Count / 2; chunk >= 1; chunk /= 2)
        {
            for (int start = 0; start + chunk <= ops.Count; start += chunk)
                yield return new Scenario([.. ops.Take(start), .. ops.Skip(start + chunk)]);
        }
    }

    public static Arbitrary<Scenario> Arbitrary { get; } = Arb.From(Scenarios, Shrink);
}
