/** The parts of jstat Geneva uses (jstat ships no types). */
declare module 'jstat' {
  const jstat: {
    readonly jStat: {
      readonly studentt: {
        /** The quantile of Student's t distribution with `dof` degrees of freedom. */
        inv(p: number, dof: number): number;
      };
      readonly normal: {
        /** The quantile of the normal distribution with this mean and standard deviation. */
        inv(p: number, mean: number, sd: number): number;
        /** The distribution function of the normal distribution with this mean and standard deviation. */
        cdf(x: number, mean: number, sd: number): number;
      };
    };
  };
  export default jstat;
}
