using ForkBench.Calibration.Fitting;
using MathNet.Numerics.LinearAlgebra;

namespace ForkBench.Calibration.Tests.Fitting;

public class NonNegativeLeastSquaresTests
{
    private static Vector<double> Solve(double[,] a, double[] b) =>
        NonNegativeLeastSquares.Solve(Matrix<double>.Build.DenseOfArray(a), Vector<double>.Build.DenseOfArray(b));

    [Fact]
    public void Keeps_a_cost_at_zero_where_the_unconstrained_solution_is_negative()
    {
        // Unconstrained: A'A = [[2,1],[1,2]], A'b = [3,0], so x = [2,-1].
        // With x2 held at 0, (x1-2)^2 + 1 + (x1-1)^2 is least at x1 = 1.5,
        // and there w2 = A2'(b - Ax) = -1.5 <= 0: the Kuhn-Tucker point.
        double[,] a = { { 1, 0 }, { 0, 1 }, { 1, 1 } };
        double[] b = [2, -1, 1];

        var unconstrained = Matrix<double>.Build.DenseOfArray(a).Solve(Vector<double>.Build.DenseOfArray(b));
        Assert.True(unconstrained[1] < 0);

        var x = Solve(a, b);

        Assert.Equal(1.5, x[0], 12);
        Assert.Equal(0, x[1]);
    }

    [Fact]
    public void A_positive_unconstrained_solution_is_the_answer()
    {
        double[,] a = { { 1, 2 }, { 3, 4 }, { 5, 7 } };
        double[] truth = [0.5, 2];
        double[] b = [1 * 0.5 + 2 * 2, 3 * 0.5 + 4 * 2, 5 * 0.5 + 7 * 2];

        var x = Solve(a, b);

        Assert.Equal(truth[0], x[0], 10);
        Assert.Equal(truth[1], x[1], 10);
    }

    [Fact]
    public void Every_variable_stays_at_zero_when_every_gradient_points_down()
    {
        var x = Solve(new double[,] { { 1, 0 }, { 0, 1 } }, [-1, -2]);

        Assert.All(x, v => Assert.Equal(0, v));
    }

    [Fact]
    public void Columns_of_very_different_scale_are_solved_alike()
    {
        // A count of ~1e9 PTE reads beside one of ~10 PMD splits.
        double[,] a = { { 1e9, 3 }, { 2e9, 1 }, { 5e8, 10 }, { 3e9, 0 } };
        double[] costs = [1.5e-8 * 1e3, 2e5];
        double[] b = [.. Enumerable.Range(0, 4).Select(i => a[i, 0] * costs[0] + a[i, 1] * costs[1])];

        var x = Solve(a, b);

        Assert.Equal(1, x[0] / costs[0], 9);
        Assert.Equal(1, x[1] / costs[1], 9);
    }

    [Fact]
    public void Matches_the_Kuhn_Tucker_conditions_on_random_problems()
    {
        var random = new Random(7);
        for (int trial = 0; trial < 50; trial++)
        {
            int m = random.Next(3, 12), n = random.Next(1, 8);
            var a = Matrix<double>.Build.Dense(m, n, (_, _) => random.NextDouble() * 2 - 0.5);
            var b = Vector<double>.Build.Dense(m, _ => random.NextDouble() * 4 - 2);

            var x = NonNegativeLeastSquares.Solve(a, b);
            var w = a.TransposeThisAndMultiply(b - a * x);

            for (int j = 0; j < n; j++)
            {
                Assert.True(x[j] >= 0);
                if (x[j] > 1e-12)
                    Assert.True(Math.Abs(w[j]) < 1e-8, $"trial {trial}: w[{j}] = {w[j]} with x[{j}] = {x[j]}");
                else
                    Assert.True(w[j] < 1e-8, $"trial {trial}: w[{j}] = {w[j]} at the bound");
            }
        }
    }

    [Fact]
    public void Refuses_mismatched_shapes()
    {
        Assert.Throws<ArgumentException>(() => Solve(new double[,] { { 1 }, { 2 } }, [1]));
    }
}
