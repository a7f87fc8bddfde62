/** The one part of jstat Geneva uses (jstat ships no types). */
declare module 'jstat' {
  const jstat: {
    readonly jStat: {
      readonly studentt: {
        /** The quantile of Student's t distribution with `dof` degrees of freedom. */
        inv(p: number, dof: number): number;
      };
    };
  };
  export default jstat;
}
