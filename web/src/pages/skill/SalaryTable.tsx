import type { SalaryBand } from '../../api/types';
import { money } from '../../components/format';
import { TableFrame } from '../../components/TableFrame';

export function SalaryTable({ skill, bands }: { skill: string; bands: SalaryBand[] }) {
  return (
    <TableFrame label="Salary table">
      <table>
        <caption>Yearly salary for {skill} work by region and level</caption>
        <thead>
          <tr>
            <th scope="col">Region</th>
            <th scope="col">Junior</th>
            <th scope="col">Mid</th>
            <th scope="col">Senior</th>
          </tr>
        </thead>
        <tbody>
          {bands.map((band) => (
            <tr key={band.region}>
              <th scope="row">{band.region}</th>
              <td>{money(band.junior, band.currency)}</td>
              <td>{money(band.mid, band.currency)}</td>
              <td>{money(band.senior, band.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
