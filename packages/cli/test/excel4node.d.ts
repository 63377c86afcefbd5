// The few parts of excel4node (an XLSX writer, used by the tests only) that the tests call.
declare module 'excel4node' {
  interface Cell {
    string(v: string): Cell;
    number(v: number): Cell;
    bool(v: boolean): Cell;
    date(v: Date): Cell;
    formula(v: string): Cell;
  }
  interface Worksheet {
    cell(row: number, col: number): Cell;
  }
  class Workbook {
    addWorksheet(name: string): Worksheet;
    writeToBuffer(): Promise<Buffer>;
  }
  const xl: { Workbook: typeof Workbook };
  export default xl;
}
