using System.Diagnostics;

namespace ForkBench.Native.Sweep;

/// <summary>Time left, from the time per unit of point weight spent so far.</summary>
internal sealed class EtaEstimator(SweepPlan plan, long startTicks)
{
    private double _doneWeight;

    public void Completed(int pointsDone) =>
        _doneWeight = plan.Points.Take(pointsDone).Sum(p => p.Weight);

    /// <summary>Null until a point has finished.</summary>
    public TimeSpan? Remaining(int pointsStarted)
    {
        if (_doneWeight <= 0)
            return null;
        double perWeight = Stopwatch.GetElapsedTime(startTicks).TotalSeconds / _doneWeight;
        double left = plan.Points.Skip(Math.Max(0, pointsStarted - 1)).Sum(p => p.Weight);
        return TimeSpan.FromSeconds(perWeight * left);
    }
}
