import { describe, expect, it } from 'vitest';
import { typesInForm as types, yesNo } from './testing.ts';

// Korean application forms: the words live in the rules beside the other languages' (tagged (ko)).
const dropdown = (caption: string, id: string) =>
  `<div><span>${caption}</span><div role="combobox" id="${id}" aria-labelledby="${id}" aria-haspopup="listbox"><span>선택하세요</span></div></div>`;

describe('forms in Korean', () => {
  it('reads the name, the postcode beside its lookup button and the address it fills', () => {
    expect(
      types(
        '<label for="nm">성명</label><input id="nm" name="applicant">' +
          '<span>거주지</span><input name="zip" placeholder="우편번호" readonly><button type="button">주소 검색</button>' +
          '<input name="address" placeholder="도로명 주소" readonly>',
      ),
    ).toEqual(['full_name', 'postal_code', 'address_line1']);
  });

  it('dropdowns titled by a caption beside their prompt: years, start date, source', () => {
    expect(
      types(dropdown('총 경력 (년)', 'a') + dropdown('입사 희망일', 'b') + dropdown('지원 경로', 'c')),
    ).toEqual(['years_experience', 'start_date', 'how_did_you_hear']);
  });

  it('the resume upload, the right to work and the employer supporting a visa', () => {
    expect(
      types(
        '<p>이력서</p><button type="button">파일 첨부</button><input type="file" hidden>' +
          yesNo('국내에서 취업이 가능한 체류자격을 보유하고 계신가요?', 'w', '예', '아니오') +
          yesNo('입사 시 비자 변경 신청에 대한 회사의 지원이 필요하신가요?', 's', '예', '아니오'),
      ),
    ).toEqual(['resume_file', 'work_authorization', 'sponsorship_required']);
  });
});
